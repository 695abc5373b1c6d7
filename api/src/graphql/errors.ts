import { GraphQLError } from 'graphql';

/** A client mistake in arguments: names the argument so the caller can fix the request. */
export function badArgument(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses string literals holding U+0000 (written `\u0000` in the query text): PostgreSQL text cannot
 * store it, so it would otherwise reach the database as an internal error. Variables are checked by
 * the HTTP layer (http/nul-character.ts) before parsing.
 */
export function noNulCharacters(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.includes('\u0000')) {
        context.reportError(new GraphQLError('Text may not contain the NUL character (U+0000).', { nodes: [node] }));
      }
    },
  };
}

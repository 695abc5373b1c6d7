import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootFields } from './rate-limit.js';

describe('rootFields', () => {
  it('names every root field once per selection, through aliases and fragments, without __typename', () => {
    const document = parse(`
      mutation { __typename a: accountLogOut { viewer { email } } ...More ... on Mutation { accountLogIn(input: $i) { viewer { email } } } }
      fragment More on Mutation { accountLogOut { viewer { email } } ...More }
    `);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(rootFields(operation, document)).toEqual(['accountLogOut', 'accountLogOut', 'accountLogIn']);
  });
});

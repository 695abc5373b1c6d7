import { graphql } from "../../gql";

/** The viewer and the account mutations. Server-only, like every operation (see ../operations.server.ts). */

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
  }
`);

export const AccountErrorFields = graphql(`
  fragment AccountErrorFields on AccountUserError {
    field
    code
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: AccountSignUpInput!) {
    accountSignUp(input: $input) {
      viewer {
        ...ViewerFields
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: AccountLogInInput!) {
    accountLogIn(input: $input) {
      viewer {
        ...ViewerFields
      }
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    accountLogOut {
      userErrors {
        code
      }
    }
  }
`);

import { graphql } from "../../gql";

/** The viewer and the account mutations. Server-only, like every operation (see ../operations.server.ts). */

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: AccountSignUpInput!) {
    accountSignUp(input: $input) {
      viewer {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: AccountLogInInput!) {
    accountLogIn(input: $input) {
      viewer {
        id
        email
      }
      userErrors {
        field
        code
        message
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

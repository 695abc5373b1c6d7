import { graphql } from "../../gql";

/** The account page and the pages mails link to (verification, password reset). */

export const ResendVerificationMutation = graphql(`
  mutation ResendVerification {
    accountResendVerification {
      sent
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: AccountChangePasswordInput!) {
    accountChangePassword(input: $input) {
      passwordChanged
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: AccountVerifyEmailInput!) {
    accountVerifyEmail(input: $input) {
      verified
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: AccountRequestPasswordResetInput!) {
    accountRequestPasswordReset(input: $input) {
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: AccountResetPasswordInput!) {
    accountResetPassword(input: $input) {
      passwordChanged
      userErrors {
        ...AccountErrorFields
      }
    }
  }
`);

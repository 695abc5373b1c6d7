import { data, Link, redirect } from "react-router";
import { AccountForm } from "../components/AccountForm";
import { mutate } from "../lib/apollo.server";
import { checkAccountForm, errorsFromApi, readAccountForm, safeRedirect } from "../lib/account-form";
import { assertSameOrigin } from "../lib/csrf.server";
import { env } from "../lib/env.server";
import { SignUpMutation } from "../lib/operations.server";
import { pageTitle } from "../lib/seo";
import type { Route } from "./+types/sign-up";

export function meta() {
  return [{ title: pageTitle("Đăng ký tài khoản") }, { name: "robots", content: "noindex" }];
}

export function loader({ url }: Route.LoaderArgs) {
  return { redirectTo: safeRedirect(url.searchParams.get("tiep"), "") || null };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertSameOrigin(request, env.siteUrl);
  const form = await request.formData();
  const values = readAccountForm(form);
  const errors = checkAccountForm(values, "signUp");
  if (Object.keys(errors).length) return data({ email: values.email, errors }, { status: 400 });
  const result = await mutate(context, SignUpMutation, { input: values });
  const { userErrors } = result.accountSignUp;
  if (userErrors.length) return data({ email: values.email, errors: errorsFromApi(userErrors) }, { status: 400 });
  // The API's Set-Cookie reaches the browser through apolloMiddleware.
  return redirect(safeRedirect(form.get("redirectTo")));
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="account-page">
      <h1>Đăng ký tài khoản</h1>
      <AccountForm
        mode="signUp"
        email={actionData?.email ?? ""}
        errors={actionData?.errors}
        submitLabel="Đăng ký"
        redirectTo={loaderData.redirectTo}
      />
      <p>
        Đã có tài khoản? <Link to="/dang-nhap">Đăng nhập</Link>
      </p>
    </section>
  );
}

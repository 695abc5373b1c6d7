import { data, Form, useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { NextPageLinks } from "../../components/ApprovalFilterNav";
import { WorkspaceLayout } from "../../components/WorkspaceLayout";
import { localeFromPathname, metaTranslator } from "../../i18n";
import { adminNav, COUNCIL_LEVELS, cursorFrom, MEMBER_ROLES, roleLabel, ROLE_KINDS } from "../../lib/admin";
import { mutate, query } from "../../lib/apollo.server";
import { formatDate, vietnamDay } from "../../lib/format";
import { AdminProducerBySlugQuery, AdminRoleAssignMutation, AdminRoleRevokeMutation, AdminUsersQuery } from "../../lib/operations.server";
import { checkRoleForm, readRoleForm, roleErrorsFromApi, type RoleField, type RoleFormErrors, type RoleFormValues } from "../../lib/role-form";
import { pageTitle } from "../../lib/seo";
import { requireViewer } from "../../lib/workspace.server";
import type { Route } from "./+types/users";

export function meta({ location, matches }: Route.MetaArgs): Route.MetaDescriptors {
  const t = metaTranslator(location, matches);
  return [{ title: pageTitle(t("admin.usersHeading")) }, { name: "robots", content: "noindex" }];
}

/** `?email=<part of an address>` searches; `?sau=` pages. */
export async function loader({ context, url }: Route.LoaderArgs) {
  await requireViewer(context, url, "admin");
  const email = (url.searchParams.get("email") ?? "").trim().slice(0, 200);
  const after = cursorFrom(url.searchParams);
  const r = await query(context, AdminUsersQuery, { email: email || null, first: 25, after });
  return { email, onFirstPage: !after, users: r.users, provinces: r.provinces.nodes, operators: r.tourismOperators.nodes };
}

type AssignResult =
  | { intent: "assign"; ok: true; email: string; kind: string; values?: undefined; errors?: undefined }
  | { intent: "assign"; ok: false; values: RoleFormValues; errors: RoleFormErrors };
type RevokeResult = { intent: "revoke"; ok: boolean; error: RoleFormErrors["form"] | null };

export async function action({ request, context, url }: Route.ActionArgs) {
  await requireViewer(context, url, "admin");
  const form = await request.formData();
  if (form.get("intent") === "revoke") {
    const roleId = String(form.get("roleId") ?? "");
    const result = (await mutate(context, AdminRoleRevokeMutation, { input: { roleId } })).roleRevoke;
    const error = result.userErrors.length ? (roleErrorsFromApi(result.userErrors).form ?? "UNKNOWN") : null;
    return data<RevokeResult>({ intent: "revoke", ok: !error, error }, { status: error ? 400 : 200 });
  }
  const values = readRoleForm(form);
  const fail = (errors: RoleFormErrors) => data<AssignResult>({ intent: "assign", ok: false, values, errors }, { status: 400 });
  const checked = checkRoleForm(values);
  if ("errors" in checked) return fail(checked.errors);
  let producerId: string | null = null;
  if (checked.kind === "PRODUCER_MEMBER") {
    producerId = (await query(context, AdminProducerBySlugQuery, { slug: values.producerSlug })).producer?.id ?? null;
    if (!producerId) return fail({ producerSlug: "PRODUCER_NOT_FOUND" });
  }
  const input = {
    email: values.email,
    kind: checked.kind,
    councilLevel: checked.kind === "COUNCIL_MEMBER" ? checked.level : null,
    provinceId: checked.kind === "COUNCIL_MEMBER" && checked.level === "PROVINCE" ? values.provinceId : null,
    producerId,
    producerRole: checked.producerRole,
    operatorId: checked.kind === "OPERATOR_MEMBER" ? values.operatorId : null,
    operatorRole: checked.operatorRole,
  };
  const result = (await mutate(context, AdminRoleAssignMutation, { input })).roleAssign;
  if (result.userErrors.length) return fail(roleErrorsFromApi(result.userErrors));
  return data<AssignResult>({ intent: "assign", ok: true, email: values.email, kind: checked.kind });
}

const EMPTY: RoleFormValues = { email: "", kind: "", councilLevel: "", provinceId: "", producerSlug: "", producerRole: "", operatorId: "", operatorRole: "" };

export default function AdminUsers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslations();
  const locale = useLocale();
  const location = useLocation();
  const { users, provinces, operators, email, onFirstPage } = loaderData;
  const assign = actionData?.intent === "assign" ? actionData : null;
  const revoke = actionData?.intent === "revoke" ? actionData : null;
  const failed = assign && !assign.ok ? assign : null;
  const values = failed?.values ?? EMPTY;
  const errors = failed?.errors ?? {};
  const err = (name: RoleField) =>
    errors[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {t(`admin.errors.${errors[name]}`)}
      </p>
    ) : null;
  const aria = (name: RoleField) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${name}-error` : undefined });
  const kindLabel = (k: string) => ((ROLE_KINDS as readonly string[]).includes(k) ? t(`admin.kinds.${k as (typeof ROLE_KINDS)[number]}`) : k);

  return (
    <WorkspaceLayout title={t("admin.title")} nav={adminNav(t, locale)}>
      <h1>{t("admin.usersHeading")}</h1>
      <Form method="get" action={location.pathname} className="search-row" role="search">
        <label htmlFor="user-email">{t("admin.searchEmail")}</label>
        <input id="user-email" name="email" type="search" defaultValue={email} maxLength={200} />
        <button type="submit" className="button">
          {t("admin.search")}
        </button>
      </Form>
      {revoke ? (
        revoke.ok ? (
          <p className="notice" role="status">
            {t("admin.revokedNotice")}
          </p>
        ) : (
          <p className="form-error" role="alert">
            {t(`admin.errors.${revoke.error ?? "UNKNOWN"}`)}
          </p>
        )
      ) : null}
      {assign?.ok ? (
        <p className="notice" role="status">
          {t("admin.assignedNotice", { email: assign.email, role: kindLabel(assign.kind) })}
        </p>
      ) : null}
      <p>{t("admin.total", { count: users.totalCount })}</p>
      {users.nodes.length ? (
        <table className="workspace-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.colEmail")}</th>
              <th scope="col">{t("admin.colCreated")}</th>
              <th scope="col">{t("admin.colRoles")}</th>
            </tr>
          </thead>
          <tbody>
            {users.nodes.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.emailVerified ? null : (
                    <>
                      <br />
                      <small>{t("admin.unverified")}</small>
                    </>
                  )}
                </td>
                <td>{formatDate(vietnamDay(u.createdAt), locale)}</td>
                <td>
                  {u.roles.length ? (
                    <ul className="role-list">
                      {u.roles.map((r) => {
                        const label = roleLabel(t, r);
                        return (
                          <li key={r.id}>
                            {label}{" "}
                            <Form method="post" className="inline-form">
                              <input type="hidden" name="intent" value="revoke" />
                              <input type="hidden" name="roleId" value={r.id} />
                              <button type="submit" className="button--link" aria-label={t("admin.revokeLabel", { role: label, email: u.email })}>
                                {t("admin.revoke")}
                              </button>
                            </Form>
                          </li>
                        );
                      })}
                    </ul>
                  ) : (
                    t("admin.shopperOnly")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("admin.noUsers")}</p>
      )}
      <NextPageLinks endCursor={users.pageInfo.endCursor} hasNextPage={users.pageInfo.hasNextPage} onFirstPage={onFirstPage} />

      <h2 id="giao-vai-tro">{t("admin.assignHeading")}</h2>
      <p>{t("admin.assignIntro")}</p>
      {/* A new form after each success (empty fields); the values come back after an error. */}
      <Form method="post" className="workspace-form" noValidate key={assign?.ok ? `${assign.email}-${assign.kind}` : "assign"} aria-labelledby="giao-vai-tro">
        <input type="hidden" name="intent" value="assign" />
        {failed?.errors.form ? (
          <p className="form-error" role="alert">
            {t(`admin.errors.${failed.errors.form}`)}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="role-email">{t("admin.assignEmail")}</label>
          <input id="role-email" name="email" type="email" defaultValue={values.email} {...aria("email")} />
          {err("email")}
        </div>
        <div className="field">
          <label htmlFor="role-kind">{t("admin.assignKind")}</label>
          <select id="role-kind" name="kind" defaultValue={values.kind} {...aria("kind")}>
            <option value="">{t("admin.choose")}</option>
            {ROLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`admin.kinds.${k}`)}
              </option>
            ))}
          </select>
          {err("kind")}
        </div>
        <fieldset>
          <legend>{t("admin.kinds.COUNCIL_MEMBER")}</legend>
          <div className="field">
            <label htmlFor="role-level">{t("admin.councilLevel")}</label>
            <select id="role-level" name="councilLevel" defaultValue={values.councilLevel} {...aria("councilLevel")}>
              <option value="">{t("admin.choose")}</option>
              {COUNCIL_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`admin.levels.${l}`)}
                </option>
              ))}
            </select>
            {err("councilLevel")}
          </div>
          <div className="field">
            <label htmlFor="role-province">{t("admin.province")}</label>
            <select id="role-province" name="provinceId" defaultValue={values.provinceId} {...aria("provinceId")}>
              <option value="">{t("admin.choose")}</option>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {err("provinceId")}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("admin.kinds.PRODUCER_MEMBER")}</legend>
          <div className="field">
            <label htmlFor="role-producer">{t("admin.producerSlug")}</label>
            <input id="role-producer" name="producerSlug" defaultValue={values.producerSlug} {...aria("producerSlug")} />
            {err("producerSlug")}
          </div>
          <div className="field">
            <label htmlFor="role-producer-role">{t("admin.producerRole")}</label>
            <select id="role-producer-role" name="producerRole" defaultValue={values.producerRole} {...aria("producerRole")}>
              <option value="">{t("admin.choose")}</option>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`admin.memberRoles.${r}`)}
                </option>
              ))}
            </select>
            {err("producerRole")}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("admin.kinds.OPERATOR_MEMBER")}</legend>
          <div className="field">
            <label htmlFor="role-operator">{t("admin.operator")}</label>
            <select id="role-operator" name="operatorId" defaultValue={values.operatorId} {...aria("operatorId")}>
              <option value="">{t("admin.choose")}</option>
              {operators.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                  {o.approval === "PENDING" ? ` (${t("admin.pending")})` : ""}
                </option>
              ))}
            </select>
            {err("operatorId")}
          </div>
          <div className="field">
            <label htmlFor="role-operator-role">{t("admin.operatorRole")}</label>
            <select id="role-operator-role" name="operatorRole" defaultValue={values.operatorRole} {...aria("operatorRole")}>
              <option value="">{t("admin.choose")}</option>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`admin.memberRoles.${r}`)}
                </option>
              ))}
            </select>
            {err("operatorRole")}
          </div>
        </fieldset>
        <p>
          <button type="submit" className="button">
            {t("admin.assign")}
          </button>
        </p>
      </Form>
    </WorkspaceLayout>
  );
}

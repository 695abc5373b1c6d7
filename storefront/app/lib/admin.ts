/** What the admin workspace pages share: the menu, filters in the URL, role and audit labels. */
import { data } from "react-router";
import type { AuditAction as ApiAuditAction, AuditSubjectType } from "../gql/graphql";
import type { Translator } from "../i18n";
import { localeHref } from "../i18n";
import type { Locale } from "../i18n/locales";

export function adminNav(t: Translator, locale: Locale) {
  return [
    { href: localeHref("adminWorkspace", locale), label: t("admin.navDashboard"), end: true },
    { href: localeHref("adminProducers", locale), label: t("admin.navProducers") },
    { href: localeHref("adminOperators", locale), label: t("admin.navOperators") },
    { href: localeHref("adminSalesPoints", locale), label: t("salesPoints.adminNav") },
    { href: localeHref("adminPayments", locale), label: t("fulfilment.navAdminPayments") },
    { href: localeHref("adminPlans", locale), label: t("plans.nav") },
    { href: localeHref("adminCraftVillages", locale), label: t("plans.craftVillagesNav") },
    { href: localeHref("adminUsers", locale), label: t("admin.navUsers") },
    { href: localeHref("adminAudit", locale), label: t("admin.navAudit") },
  ];
}

/**
 * URL state of the approval lists: `?trang-thai=cho-duyet|da-duyet|tat-ca` (default: pending) and
 * `?sau=<cursor>`, the same names in both languages.
 */
export const APPROVAL_PARAM = "trang-thai";
export const CURSOR_PARAM = "sau";
export const APPROVAL_FILTERS = { "cho-duyet": "PENDING", "da-duyet": "APPROVED", "tat-ca": null } as const;
export type ApprovalFilter = keyof typeof APPROVAL_FILTERS;

export function approvalFilterFrom(params: URLSearchParams): ApprovalFilter {
  const value = params.get(APPROVAL_PARAM);
  return value && value in APPROVAL_FILTERS ? (value as ApprovalFilter) : "cho-duyet";
}

/** A cursor from the URL, or null (anything odd is dropped rather than sent to the API). */
export function cursorFrom(params: URLSearchParams): string | null {
  const value = params.get(CURSOR_PARAM);
  return value && /^[A-Za-z0-9_-]{1,400}$/.test(value) ? value : null;
}

/** `?...` with `changes` applied (null removes a parameter). */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") next.delete(k);
    else next.set(k, v);
  }
  const s = next.toString();
  return s ? `?${s}` : "";
}

export const ROLE_KINDS = ["ADMIN", "COUNCIL_MEMBER", "PRODUCER_MEMBER", "OPERATOR_MEMBER"] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];
export const MEMBER_ROLES = ["OWNER", "STAFF"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const COUNCIL_LEVELS = ["PROVINCE", "MINISTRY"] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

/** A role as the API describes it (the fields of the users query). */
export interface RoleView {
  kind: string;
  role?: string | null;
  operatorRole?: string | null;
  level?: string | null;
  producer?: { name: string } | null;
  province?: { name: string } | null;
  operator?: { name: string } | null;
}

const isKind = (k: string): k is RoleKind => (ROLE_KINDS as readonly string[]).includes(k);
const isMemberRole = (r: string | null | undefined): r is MemberRole => r === "OWNER" || r === "STAFF";

/** "Hội đồng đánh giá – Hội đồng Hà Nội", "Thành viên chủ thể OCOP – HTX Chè (chủ sở hữu)". */
export function roleLabel(t: Translator, role: RoleView): string {
  if (!isKind(role.kind)) return role.kind;
  const kind = t(`admin.kinds.${role.kind}`);
  switch (role.kind) {
    case "ADMIN":
      return kind;
    case "COUNCIL_MEMBER":
      return `${kind} – ${role.province ? t("admin.roleCouncilProvince", { province: role.province.name }) : t("admin.roleCouncilMinistry")}`;
    case "PRODUCER_MEMBER":
      return `${kind} – ${role.producer?.name ?? ""}${isMemberRole(role.role) ? ` (${t(`admin.memberRoles.${role.role}`)})` : ""}`;
    case "OPERATOR_MEMBER":
      return `${kind} – ${role.operator?.name ?? ""}${isMemberRole(role.operatorRole) ? ` (${t(`admin.memberRoles.${role.operatorRole}`)})` : ""}`;
  }
}

export const AUDIT_ACTIONS = [
  "EVALUATION_RECORDED",
  "CERTIFICATE_RECOGNISED",
  "CERTIFICATE_SUPERSEDED",
  "CERTIFICATE_REVOKED",
  "CERTIFICATE_EXPIRED",
  "PRODUCER_APPROVED",
  "OPERATOR_APPROVED",
  "ROLE_ASSIGNED",
  "ROLE_REVOKED",
  "PROGRAMME_PLAN_CREATED",
  "PROGRAMME_PLAN_UPDATED",
  "PROGRAMME_PLAN_DELETED",
  "PROGRAMME_TARGET_ADDED",
  "PROGRAMME_TARGET_UPDATED",
  "PROGRAMME_TARGET_REMOVED",
  "SALES_POINT_APPROVED",
  "SALES_POINT_REJECTED",
  "TOURISM_POINT_CERTIFICATE_RECORDED",
  "TOURISM_POINT_CERTIFICATE_REVOKED",
  "CRAFT_VILLAGE_CREATED",
  "CRAFT_VILLAGE_UPDATED",
  "CRAFT_VILLAGE_DELETED",
  "CRAFT_VILLAGE_PRODUCER_ADDED",
  "CRAFT_VILLAGE_PRODUCER_REMOVED",
] as const satisfies readonly ApiAuditAction[];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_SUBJECTS = [
  "Certificate",
  "Evaluation",
  "Producer",
  "TourismOperator",
  "RoleAssignment",
  "ProgrammePlan",
  "SalesPoint",
  "TourismPointCertificate",
  "CraftVillage",
] as const satisfies readonly AuditSubjectType[];
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];
/** Fails to compile when the API gains an action or subject the filters and labels do not know. */
export const AUDIT_LISTS_COMPLETE: [Exclude<ApiAuditAction, AuditAction> | Exclude<AuditSubjectType, AuditSubject>] extends [never] ? true : false = true;

export const isAuditAction = (v: string | null): v is AuditAction => !!v && (AUDIT_ACTIONS as readonly string[]).includes(v);
export const isAuditSubject = (v: string | null): v is AuditSubject => !!v && (AUDIT_SUBJECTS as readonly string[]).includes(v);

export interface AuditChange {
  key: string;
  before: string | null;
  after: string | null;
}

/** A snapshot value as text: objects as "key: value, …" and lists joined with "; " (not raw JSON). */
function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => show(v) ?? "–").join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${show(v) ?? "–"}`)
      .join(", ");
  }
  return String(value);
}

/**
 * What a change changed: every key whose value differs between before and after (all keys of a
 * created or deleted object), ids left out, in a stable order.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "id" && !k.endsWith("Id"));
  return keys
    .map((key) => ({ key, before: show(b[key]), after: show(a[key]) }))
    // A created or deleted object lists its fields, except those empty on both sides.
    .filter((c) => (c.before !== c.after || before == null || after == null) && (c.before !== null || c.after !== null));
}

/** A human name for the object of an event: its name, number or email when the snapshot has one. */
export function auditSubjectName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    if (snapshot && typeof snapshot === "object") {
      const s = snapshot as Record<string, unknown>;
      for (const key of ["name", "title", "label", "number", "email"]) if (typeof s[key] === "string") return s[key] as string;
    }
  }
  return null;
}

/** An approval list's URL state as the query's variables (25 a page). */
export function approvalListArgs(params: URLSearchParams) {
  const filter = approvalFilterFrom(params);
  const after = cursorFrom(params);
  return { filter, onFirstPage: !after, variables: { approval: APPROVAL_FILTERS[filter], first: 25, after } };
}

/** A reject's answer: the rejected registration's name, or the API's refusal (NOT_FOUND, ALREADY_APPROVED; a 400). */
export function rejectionAnswer(rejectedName: string | null | undefined, code: string | undefined) {
  return rejectedName
    ? { error: null, approved: null, rejected: rejectedName }
    : data({ error: code === "ALREADY_APPROVED" ? ("ALREADY_APPROVED" as const) : ("NOT_FOUND" as const), approved: null, rejected: null }, { status: 400 });
}

/** An approval page's answer: the approved registration's name, or NOT_FOUND (a 400) when the API refused. */
export function approvalAnswer(approvedName: string | null | undefined) {
  return approvedName ? { error: null, approved: approvedName } : data({ error: "NOT_FOUND" as const, approved: null }, { status: 400 });
}

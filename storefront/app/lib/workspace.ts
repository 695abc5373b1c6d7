/** Which workspaces a viewer's roles open (shared by the header and the workspace guards). */
export interface WorkspaceAccess {
  producer: boolean;
  council: boolean;
  /** Tourism operator workspace: any signed-in user may open it (to register an operator there). */
  operator: boolean;
  /** Member of some tourism operator: the header links to the operator workspace. */
  operatorMember: boolean;
  /** Manager of some sales point (or an admin): the sales point workspace. */
  salesPointManager: boolean;
  admin: boolean;
}

export function workspaceAccess(roles: readonly { kind: string }[]): WorkspaceAccess {
  const admin = roles.some((r) => r.kind === "ADMIN");
  return {
    producer: admin || roles.some((r) => r.kind === "PRODUCER_MEMBER"),
    council: admin || roles.some((r) => r.kind === "COUNCIL_MEMBER"),
    operator: true,
    operatorMember: roles.some((r) => r.kind === "OPERATOR_MEMBER"),
    salesPointManager: admin || roles.some((r) => r.kind === "SALES_POINT_MANAGER"),
    admin,
  };
}

/** Which workspaces a viewer's roles open (shared by the header and the workspace guards). */
export interface WorkspaceAccess {
  producer: boolean;
  council: boolean;
  admin: boolean;
}

export function workspaceAccess(roles: readonly { kind: string }[]): WorkspaceAccess {
  const admin = roles.some((r) => r.kind === "ADMIN");
  return {
    producer: admin || roles.some((r) => r.kind === "PRODUCER_MEMBER"),
    council: admin || roles.some((r) => r.kind === "COUNCIL_MEMBER"),
    admin,
  };
}

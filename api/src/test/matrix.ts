import type { Orm } from '../db/orm.js';
import type { ProducerRow } from '../db/seed/generate.js';
import type { Viewer } from '../modules/accounts/viewer.js';
import type { GraphQLResult } from './api.js';
import type { CatalogueBuilder } from './fixtures.js';
import type { RoleName, RoleWorld } from './roles.js';

/**
 * The shape of one module's part of the authorisation matrix (harness:
 * modules/accounts/accounts.matrix.test.ts). Each module with mutations has a `<module>.matrix.ts`
 * beside it exporting a `ModuleMatrix`; the harness lists them.
 */
export type Gql = ReturnType<RoleWorld['gqlAs']>;
/** A role, or `refused`: the target every role outside `allowed` is sent to. */
export type Who = RoleName | 'refused';
/** Per role that may act, a target of its own (many mutations use theirs up); `refused` for the others. */
export type Targets = Partial<Record<Who, string>>;

export interface MatrixRow {
  /** Who may call it; everyone else must be refused with no database change. */
  allowed: readonly RoleName[];
  /** Runs the mutation once as `role` (`world` for the targets every module shares). */
  run(gql: Gql, role: RoleName, world: RoleWorld): Promise<GraphQLResult>;
  /** Mutations that end the session they are sent with run over a fresh session. */
  ownSession?: boolean;
}

export interface ModuleMatrix {
  /** Adds the module's producers and products to the world's catalogue before it is written. */
  catalogue?(builder: CatalogueBuilder, producers: { a: ProducerRow; b: ProducerRow }): void;
  /** Writes the module's targets once the world exists (before any row runs). */
  setUp?(orm: Orm, world: RoleWorld): Promise<void>;
  /** One row per mutation of the module. */
  rows: Record<string, MatrixRow>;
}

/** The target of `role`, or the one kept for refused roles. */
export const pick = (targets: Targets, role: RoleName): string => targets[role] ?? targets.refused!;

/** The world's user of a role as a service-level viewer (for set-up through services). */
export function viewerOf(world: RoleWorld, role: Exclude<RoleName, 'anonymous'>): Viewer {
  const u = world.users[role];
  return { userId: u.userId, email: u.email, emailVerifiedAt: null, roles: u.roles };
}

/** The guest cart cookie a response set (signed-in carts are the user's and set none). */
export const cartCookieOf = (result: GraphQLResult): string | undefined =>
  result.headers.getSetCookie().find((c) => c.startsWith('ocop_cart='))?.split(';')[0];

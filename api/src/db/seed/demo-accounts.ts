import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import { createServices } from '../../modules/services.js';
import { writeDemoSalesPoints } from './sales-points.js';

/**
 * Demo accounts, one per workspace, so a fresh demo (and the e2e suite) can sign in as each user
 * group. They exist only in seeded demo databases; the password is public (README) and must never
 * be used on a real deployment (seed only on an empty demo database: SEED_ON_EMPTY).
 */
export const DEMO_PASSWORD = 'sao-ocop-demo-2026';
export const DEMO_ACCOUNTS = {
  admin: 'quantri@ocop.test',
  /** Council of Hà Nội (current province 01). */
  council: 'hoidong.hanoi@ocop.test',
  /** The ministry's council (5★). */
  ministry: 'hoidong.trunguong@ocop.test',
  /** Owner of the first approved demo producer of Hà Nội (of any province in a tiny seed). */
  producer: 'chuthe@ocop.test',
  /** Owner of the approved demo tourism operator (a community-tourism cooperative in Hà Nội). */
  operator: 'dieuhanh@ocop.test',
  /** Manager of two approved demo sales points in Hà Nội (see sales-points.ts). */
  salesPointManager: 'diemban@ocop.test',
  shopper: 'khachhang@ocop.test',
} as const;

/** The demo tourism operator (approved), owned by DEMO_ACCOUNTS.operator. */
export const DEMO_OPERATOR = {
  name: 'HTX Du lịch cộng đồng Làng cổ Đường Lâm',
  kind: 'COOPERATIVE',
  provinceCode: '01',
  addressLine: 'Thôn Mông Phụ, Đường Lâm',
  phone: '024 3383 0000',
  email: 'duonglam@ocop.test',
  description: '<p>Làng cổ hơn 1.200 năm với nhà đá ong, tương và chè lam Đường Lâm; trải nghiệm nấu ăn cùng gia đình và đạp xe quanh làng.</p>',
} as const;
const DEMO_OPERATOR_SLUG = 'htx-du-lich-cong-dong-lang-co-duong-lam';

async function account(em: EntityManager, email: string): Promise<string> {
  const services = createServices(em);
  const existing = await services.accounts.userIdByEmail(email);
  if (existing) return existing;
  const result = await services.accounts.signUp({ email, password: DEMO_PASSWORD });
  if (!result.viewer) throw new Error(result.userErrors.map((e) => `${e.code}: ${e.message}`).join('; '));
  await rows(em, `delete from session where user_id = ?`, [result.viewer.userId]);
  await rows(em, `update user_account set email_verified_at = now() where id = ?`, [result.viewer.userId]);
  await rows(em, `delete from dev_mail where to_address = ?`, [email]);
  return result.viewer.userId;
}

/** Creates the demo accounts (idempotent: existing accounts keep their password, roles are not doubled). */
export async function writeDemoAccounts(em: EntityManager): Promise<void> {
  const services = createServices(em);
  const hasRole = async (userId: string, kind: string) => (await services.accounts.rolesOf(userId)).some((r) => r.kind === kind);

  await services.roles.grantAdminUnchecked(await account(em, DEMO_ACCOUNTS.admin));
  const [hanoi] = await rows<{ id: string }>(em, `select id from province where code = '01' and valid_to is null`);
  const council = await account(em, DEMO_ACCOUNTS.council);
  if (!(await hasRole(council, 'COUNCIL_MEMBER'))) {
    await services.roles.grantUnchecked(council, { kind: 'COUNCIL_MEMBER', provinceId: hanoi!.id, councilLevel: 'PROVINCE' });
  }
  const ministry = await account(em, DEMO_ACCOUNTS.ministry);
  if (!(await hasRole(ministry, 'COUNCIL_MEMBER'))) {
    await services.roles.grantUnchecked(ministry, { kind: 'COUNCIL_MEMBER', provinceId: null, councilLevel: 'MINISTRY' });
  }
  const [producer] = await rows<{ id: string }>(
    em,
    `select id from producer where verified order by province_id = ? desc, id limit 1`,
    [hanoi!.id],
  );
  const owner = await account(em, DEMO_ACCOUNTS.producer);
  if (producer && !(await hasRole(owner, 'PRODUCER_MEMBER'))) {
    await services.roles.grantUnchecked(owner, { kind: 'PRODUCER_MEMBER', producerId: producer.id, producerRole: 'OWNER' });
  }
  if (producer) await submitDemoRequests(em, producer.id, owner);
  const operatorOwner = await account(em, DEMO_ACCOUNTS.operator);
  if (!(await hasRole(operatorOwner, 'OPERATOR_MEMBER'))) {
    // Reseeding truncates producers, and role rows with them (cascade), but keeps tourism operators.
    const existing = await services.tourismOperators.bySlug(DEMO_OPERATOR_SLUG);
    if (existing) {
      await services.roles.grantUnchecked(operatorOwner, { kind: 'OPERATOR_MEMBER', operatorId: existing.id, operatorRole: 'OWNER' });
    } else {
      const roles = await services.accounts.rolesOf(operatorOwner);
      const registered = await services.operatorRegistration.register({ userId: operatorOwner, email: DEMO_ACCOUNTS.operator, emailVerifiedAt: null, roles }, DEMO_OPERATOR);
      if (!registered.operator) throw new Error(registered.userErrors.map((e) => `${e.code}: ${e.message}`).join('; '));
      const adminId = (await services.accounts.userIdByEmail(DEMO_ACCOUNTS.admin))!;
      await services.operatorRegistration.approve(
        { userId: adminId, email: DEMO_ACCOUNTS.admin, emailVerifiedAt: null, roles: await services.accounts.rolesOf(adminId) },
        registered.operator.id,
      );
    }
  }
  await account(em, DEMO_ACCOUNTS.shopper);
  const manager = await account(em, DEMO_ACCOUNTS.salesPointManager);
  const adminId = (await services.accounts.userIdByEmail(DEMO_ACCOUNTS.admin))!;
  await writeDemoSalesPoints(em, { demoProducerId: producer?.id ?? null, managerUserId: manager, adminUserId: adminId });
}

/**
 * The demo owner has asked for the evaluation of up to three of its published products (uncertified
 * first, then re-evaluations of certified ones), so the Hà Nội council's queue is not empty on a fresh demo.
 */
async function submitDemoRequests(em: EntityManager, producerId: string, ownerId: string): Promise<void> {
  const candidates = await rows<{ id: string }>(
    em,
    `select p.id from product p
     where p.producer_id = ? and p.status = 'PUBLISHED'
       and not exists (select 1 from evaluation_request r where r.product_id = p.id and r.state = 'OPEN')
     order by exists (select 1 from certificate c where c.product_id = p.id and c.state = 'RECOGNISED'), p.id
     limit 3`,
    [producerId],
  );
  for (const [i, { id }] of candidates.entries()) {
    await rows(
      em,
      `insert into evaluation_request (id, product_id, state, submitted_by_user_id, submitted_at) values (?, ?, 'OPEN', ?, now() - make_interval(days => ?))`,
      [newId('evaluationRequest'), id, ownerId, 3 - i],
    );
  }
}

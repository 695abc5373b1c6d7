import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { slugify } from '../../lib/slug.js';
import { rows } from '../../lib/sql.js';
import { inTransaction } from '../../lib/unit-of-work.js';
import type { RoleService } from '../accounts/role.service.js';
import { assertAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import { appendAuditEvents } from '../audit/audit.js';
import type { ProductService } from '../catalog/product.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { SearchService } from '../search/search.service.js';
import type { ProducerKind } from './producer-kind.js';
import type { ProducerRecord, ProducerService } from './producer.service.js';

export const PRODUCER_ERROR_CODES = [
  'NOT_FOUND', 'NAME_REQUIRED', 'NAME_TOO_LONG', 'PROVINCE_NOT_FOUND', 'COMMUNE_NOT_FOUND', 'REGISTRATION_NUMBER_TAKEN', 'INVALID_EMAIL',
] as const;
export type ProducerErrorCode = (typeof PRODUCER_ERROR_CODES)[number];

export interface ProducerUserError {
  field: string[];
  code: ProducerErrorCode;
  message: string;
}

export interface ProducerRegisterInput {
  name: string;
  kind: ProducerKind;
  /** Two-digit code of a current province. */
  provinceCode: string;
  registrationNumber?: string | null;
  addressLine?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  /** HTML, sanitised when stored. */
  story?: string | null;
}

export type ProducerResult = { producer: ProducerRecord | null; userErrors: ProducerUserError[] };

const error = (field: string, code: ProducerErrorCode, message: string): ProducerUserError => ({ field: [field], code, message });

/**
 * Producer self-registration (issue 4): any signed-in user registers a producer, which stays pending
 * (`verified = false`, none of its products public) until an admin approves it; the registrant
 * becomes its OWNER.
 */
export class ProducerRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly producers: ProducerService,
    private readonly provinces: ProvinceService,
    private readonly roles: RoleService,
    private readonly products: ProductService,
    private readonly search: SearchService,
  ) {}

  async register(viewer: Viewer | null, input: ProducerRegisterInput): Promise<ProducerResult> {
    const user = signedIn(viewer);
    const errors: ProducerUserError[] = [];
    const name = input.name.trim();
    if (name === '') errors.push(error('name', 'NAME_REQUIRED', 'Give the producer a name.'));
    const province = await this.provinces.currentByCode(input.provinceCode.trim());
    if (!province) errors.push(error('provinceCode', 'PROVINCE_NOT_FOUND', `No current province has code "${input.provinceCode}".`));
    const registrationNumber = input.registrationNumber?.trim() || null;
    if (registrationNumber && (await this.producers.idByRegistrationNumber(registrationNumber))) {
      errors.push(error('registrationNumber', 'REGISTRATION_NUMBER_TAKEN', 'A producer with this registration number is already registered.'));
    }
    const email = input.email?.trim() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push(error('email', 'INVALID_EMAIL', 'This is not an email address.'));
    if (errors.length || !province) return { producer: null, userErrors: errors };

    return inTransaction(this.em, async () => {
      const id = await this.insert(name, province.id, registrationNumber, email, input);
      await this.roles.grantUnchecked(user.userId, { kind: 'PRODUCER_MEMBER', producerId: id, producerRole: 'OWNER' });
      return { producer: (await this.producers.byIds([id]))[0]!, userErrors: [] };
    });
  }

  private async insert(name: string, provinceId: string, registrationNumber: string | null, email: string | null, input: ProducerRegisterInput): Promise<string> {
    const at = new Date();
    const id = newId('producer', at.getTime());
    const base = slugify(name) || 'chu-the-ocop';
    const taken = new Set((await rows<{ slug: string }>(this.em, `select slug from producer where slug = ? or slug like ?`, [base, `${base}-%`])).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    await rows(
      this.em,
      `insert into producer (id, slug, name, kind, registration_number, province_id, address_line, phone, email, website, story, verified, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)`,
      [
        id, slug, name, input.kind, registrationNumber, provinceId, input.addressLine?.trim() || null, input.phone?.trim() || null, email,
        input.website?.trim() || null, sanitizeRichText(input.story ?? ''), at,
      ],
    );
    return id;
  }

  /** An admin approves a pending producer: its published products become public (and searchable). */
  async approve(viewer: Viewer | null, producerId: string | null): Promise<ProducerResult> {
    const admin = assertAdmin(viewer);
    const [producer] = producerId ? await this.producers.byIds([producerId]) : [];
    if (!producer) return { producer: null, userErrors: [error('producerId', 'NOT_FOUND', 'There is no such producer.')] };
    if (!producer.verified) {
      await inTransaction(this.em, async () => {
        const changed = await rows(this.em, `update producer set verified = true where id = ? and not verified returning id`, [producer.id]);
        if (changed.length) {
          await appendAuditEvents(this.em, { userId: admin.userId }, [
            { action: 'PRODUCER_APPROVED', subjectType: 'Producer', subjectId: producer.id, before: { name: producer.name, verified: false }, after: { name: producer.name, verified: true } },
          ]);
        }
        await this.search.reindexProducts(await this.products.idsOfProducer(producer.id));
      });
    }
    return { producer: { ...producer, verified: true }, userErrors: [] };
  }
}

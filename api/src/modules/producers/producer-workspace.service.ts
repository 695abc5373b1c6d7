import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeysetPage } from '../../lib/keyset.js';
import { sanitizeRichText } from '../../lib/rich-text.js';
import { rows } from '../../lib/sql.js';
import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import type { ProductStatus } from '../catalog/product-group.js';
import type { ProductRecord, ProductService } from '../catalog/product.service.js';
import type { CertificateRecord, CertificationService } from '../certification/certification.service.js';
import type { CommuneService } from '../places/commune.service.js';
import type { ProvinceService } from '../places/province.service.js';
import type { SearchService } from '../search/search.service.js';
import type { ProducerKind } from './producer-kind.js';
import type { ProducerErrorCode, ProducerResult, ProducerUserError } from './producer-registration.service.js';
import type { ProducerRecord, ProducerService } from './producer.service.js';

export interface ProducerUpdateInput {
  /** Null when the client's id named no producer. */
  producerId: string | null;
  /** Omitted (undefined) fields keep their value; null or blank clears an optional one. */
  name?: string | null;
  kind?: ProducerKind | null;
  registrationNumber?: string | null;
  /** Five-digit code of a current commune of the producer's (current) province. */
  communeCode?: string | null;
  addressLine?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  /** HTML, sanitised when stored. */
  story?: string | null;
}

const MAX_NAME = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const error = (field: string, code: ProducerErrorCode, message: string): ProducerUserError => ({ field: [field], code, message });
/** undefined → keep (undefined); null or blank → clear (null); else the trimmed text. */
const optional = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

/**
 * The producer workspace ("Kênh người bán"): what a producer's members see of their own producer
 * (every product whatever its status, counts, certificates about to expire) and the profile edit.
 * Reads are opened by `open`, which checks membership once; the profile is the owner's (or an
 * admin's): staff run the products, not the producer's identity.
 */
export class ProducerWorkspaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly producers: ProducerService,
    private readonly provinces: ProvinceService,
    private readonly communes: CommuneService,
    private readonly products: ProductService,
    private readonly certification: CertificationService,
    private readonly search: SearchService,
  ) {}

  /**
   * The producer when the viewer is its member (owner or staff) or an admin; null when the id names
   * no producer (only an admin learns that); FORBIDDEN (thrown) for anyone else.
   */
  async open(viewer: Viewer | null, producerId: string | null): Promise<ProducerRecord | null> {
    signedIn(viewer);
    assertProducerMember(viewer, producerId ?? '');
    const [producer] = producerId ? await this.producers.byIds([producerId]) : [];
    return producer ?? null;
  }

  /** The producer's products in every status (or one), newest first. Call after `open`. */
  listProducts(producerId: string, options: { status: ProductStatus | null; first: number; after: string | null }): Promise<KeysetPage<ProductRecord>> {
    return this.products.listOfProducer({ producerId, ...options });
  }

  /** One of the producer's products whatever its status, or null when it is not this producer's. Call after `open`. */
  async product(producerId: string, productId: string | null): Promise<ProductRecord | null> {
    if (!productId) return null;
    const [product] = await this.products.byIdsAnyStatus([productId]);
    return product && product.producerId === producerId ? product : null;
  }

  statusCounts(producerId: string): Promise<Record<ProductStatus, number>> {
    return this.products.statusCounts(producerId);
  }

  /** The certificate in force today of each of the producer's products that has one, soonest to expire first. */
  certificatesInForce(producerId: string, today: string, page: { first: number; after: string | null }): Promise<KeysetPage<CertificateRecord>> {
    return this.certification.inForceAmong(this.products.productIdsOfProducer(producerId), today, page);
  }

  /**
   * Changes the producer's profile: its OWNER or an admin (staff get FORBIDDEN). Every rule is
   * checked before anything is written; the search index is refreshed when the name changes.
   */
  async updateProfile(viewer: Viewer | null, input: ProducerUpdateInput): Promise<ProducerResult> {
    signedIn(viewer);
    assertProducerMember(viewer, input.producerId ?? '', { ownerOnly: true });
    const [producer] = input.producerId ? await this.producers.byIds([input.producerId]) : [];
    if (!producer) return { producer: null, userErrors: [error('producerId', 'NOT_FOUND', 'There is no such producer.')] };

    const errors: ProducerUserError[] = [];
    const name = input.name?.trim();
    if (input.name !== undefined && !name) errors.push(error('name', 'NAME_REQUIRED', 'Give the producer a name.'));
    else if (name && name.length > MAX_NAME) errors.push(error('name', 'NAME_TOO_LONG', `At most ${MAX_NAME} characters.`));
    const registrationNumber = optional(input.registrationNumber);
    if (registrationNumber) {
      const holder = await this.producers.idByRegistrationNumber(registrationNumber);
      if (holder && holder !== producer.id) {
        errors.push(error('registrationNumber', 'REGISTRATION_NUMBER_TAKEN', 'Another producer is registered with this number.'));
      }
    }
    const email = optional(input.email);
    if (email && !EMAIL.test(email)) errors.push(error('email', 'INVALID_EMAIL', 'This is not an email address.'));
    const communeCode = optional(input.communeCode);
    let communeId: string | null | undefined = communeCode === undefined ? undefined : null;
    if (communeCode) {
      const commune = await this.communes.currentByCode(communeCode);
      const province = (await this.provinces.withSuccessors([producer.provinceId])).find((p) => p.id === producer.provinceId);
      const currentProvinceId = province?.successorId ?? producer.provinceId;
      if (!commune || commune.provinceId !== currentProvinceId) {
        errors.push(error('communeCode', 'COMMUNE_NOT_FOUND', `No current commune of the producer's province has code "${communeCode}".`));
      } else communeId = commune.id;
    }
    if (errors.length) return { producer: null, userErrors: errors };

    // Only the columns whose input was given are written.
    const fields: [column: string, value: unknown][] = [
      ['name', name],
      ['kind', input.kind ?? undefined],
      ['registration_number', registrationNumber],
      ['commune_id', communeId],
      ['address_line', optional(input.addressLine)],
      ['phone', optional(input.phone)],
      ['email', email],
      ['website', optional(input.website)],
      ['story', input.story === undefined ? undefined : sanitizeRichText(input.story ?? '')],
    ];
    const given = fields.filter(([, value]) => value !== undefined);
    if (given.length) {
      await rows(this.em, `update producer set ${given.map(([column]) => `${column} = ?`).join(', ')} where id = ?`, [
        ...given.map(([, value]) => value),
        producer.id,
      ]);
    }
    if (name && name !== producer.name) await this.search.reindexProducts(await this.products.idsOfProducer(producer.id));
    return { producer: (await this.producers.byIds([producer.id]))[0]!, userErrors: [] };
  }
}

import DataLoader from 'dataloader';
import { orderedBy } from '../lib/sql.js';
import type { CertificateRecord, Page } from '../modules/certification/certification.service.js';
import type { ProvinceRecord } from '../modules/places/province.service.js';
import type { Services } from '../modules/services.js';
import type { ListingState } from '../modules/salespoints/sales-point-kind.js';
import type { Near } from '../modules/salespoints/sales-point.service.js';
import type { SlotRecord } from '../modules/tourism/experience-slot.service.js';
import { batchCursorKey, type BatchPage, type BatchPosition } from '../modules/traceability/traceability.service.js';

/**
 * Per-request batch loaders: every relation a list renders goes through one, so a page of N products
 * costs one statement per relation, not N.
 */
/** Related products are a short strip on a product page; the loader fetches this many per product. */
export const MAX_RELATED = 12;

export function createLoaders(services: Services, today: string) {
  const province: DataLoader<string, ProvinceRecord | undefined> = new DataLoader(async (ids: readonly string[]) => {
    const found = await services.provinces.withSuccessors(ids);
    for (const p of found) if (!ids.includes(p.id)) province.prime(p.id, p);
    return orderedBy(ids, found, (p) => p.id);
  });

  // Paginated list relations: one loader per distinct (first, after), so all products of a page that
  // ask for the same page of their batches share one statement.
  const batchPages = new Map<string, DataLoader<string, BatchPage>>();
  const batchesOfProducts = (page: { first: number; after: BatchPosition | null }) => {
    const key = `${page.first}|${page.after ? batchCursorKey(page.after) : ''}`;
    let loader = batchPages.get(key);
    if (!loader) {
      loader = new DataLoader((productIds: readonly string[]) => services.traceability.batchesForProducts(productIds, page));
      batchPages.set(key, loader);
    }
    return loader;
  };

  // Sales points of products and listings of points: one loader per distinct arguments, as for batches.
  const keyedLoaders = new Map<string, DataLoader<string, any>>();
  const keyed = <O, V>(prefix: string, options: O, load: (ids: readonly string[], options: O) => Promise<V[]>): DataLoader<string, V> => {
    const key = `${prefix}|${JSON.stringify(options)}`;
    let loader = keyedLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => load(ids, options));
      keyedLoaders.set(key, loader);
    }
    return loader;
  };

  // Slots of experiences in a range: one loader per distinct range, shared by every experience of a page.
  const slotRanges = new Map<string, DataLoader<string, SlotRecord[]>>();
  const slotsOfExperiences = (range: { from: Date; to: Date }) => {
    const key = `${range.from.toISOString()}|${range.to.toISOString()}`;
    let loader = slotRanges.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => services.experienceSlots.ofExperiences(ids, range));
      slotRanges.set(key, loader);
    }
    return loader;
  };

  return {
    province,
    /** Craft villages (modules/craftvillages): by id, a producer's village, OCOP products and producers of a page of villages. */
    craftVillage: new DataLoader((ids: readonly string[]) => services.craftVillages.byIds(ids)),
    craftVillageOfProducer: new DataLoader((ids: readonly string[]) => services.craftVillages.villageIdsOfProducers(ids)),
    craftVillageOcopProducts: new DataLoader((ids: readonly string[]) => services.craftVillages.ocopProductCounts(ids, today)),
    craftVillageProducers: (page: { first: number; after: string | null }) => keyed('cvp', page, (ids, p) => services.craftVillages.producersOf(ids, p)),
    salesPoint: new DataLoader((ids: readonly string[]) => services.salesPoints.byIds(ids)),
    /** Product.salesPoints: approved points with a confirmed listing of each product. */
    salesPointsOfProducts: (options: { near: Near | null; provinceCode: string | null; first: number }) =>
      keyed('spp', options, (ids, o) => services.salesPoints.ofProducts(ids, o)),
    /** SalesPoint.products (public) and SalesPoint.listings (its managers). */
    listingsOfPoints: (options: { states: ListingState[]; publicOnly: boolean; first: number; after: string | null }) =>
      keyed('lop', options, (ids, o) => services.salesPoints.listingsOfPoints(ids, o)),
    /** Tourism catalogue (points, experiences, slots): see modules/tourism. */
    tourismPoint: new DataLoader((ids: readonly string[]) => services.tourismPoints.byIds(ids)),
    tourismPointImages: new DataLoader((ids: readonly string[]) => services.tourismPoints.imagesOf(ids)),
    tourismPointValidCertificate: new DataLoader((ids: readonly string[]) => services.pointCertificates.validForPoints(ids, today)),
    tourismPointCertificates: new DataLoader((ids: readonly string[]) => services.pointCertificates.ofPoints(ids)),
    experience: new DataLoader((ids: readonly string[]) => services.experiences.byIds(ids)),
    publicExperiencesOfPoint: new DataLoader((ids: readonly string[]) => services.experiences.ofPoints(ids, false)),
    allExperiencesOfPoint: new DataLoader((ids: readonly string[]) => services.experiences.ofPoints(ids, true)),
    experiencesOfProduct: new DataLoader((ids: readonly string[]) => services.experiences.ofProducts(ids)),
    experiencePrices: new DataLoader((ids: readonly string[]) => services.experiences.pricesOf(ids)),
    experienceProductLinks: new DataLoader((ids: readonly string[]) => services.experiences.productLinksOf(ids)),
    slotsOfExperiences,
    producer: new DataLoader((ids: readonly string[]) => services.producers.byIds(ids)),
    commune: new DataLoader((ids: readonly string[]) => services.communes.byIds(ids)),
    district: new DataLoader((ids: readonly string[]) => services.communes.districtsByIds(ids)),
    productSet: new DataLoader((codes: readonly string[]) => services.productSets.byCodes(codes)),
    relatedProducts: new DataLoader((productIds: readonly string[]) => services.products.relatedTo(productIds, MAX_RELATED)),
    images: new DataLoader((productIds: readonly string[]) => services.products.imagesOf(productIds)),
    variants: new DataLoader((productIds: readonly string[]) => services.products.variantsOf(productIds)),
    /** Products by id whatever their status (the producer workspace, after its ownership check). */
    productAnyStatus: new DataLoader((ids: readonly string[]) => services.products.byIdsAnyStatus(ids)),
    /** Published products by id (a batch's product). */
    product: new DataLoader((ids: readonly string[]) => services.products.byIds(ids)),
    validCertificate: new DataLoader((productIds: readonly string[]) =>
      services.certification.validForProducts(productIds, today),
    ),
    batchesOfProducts,
    certificate: new DataLoader((ids: readonly string[]) => services.certification.byIds(ids)),
    evaluation: new DataLoader((ids: readonly string[]) => services.certification.evaluationsByIds(ids)),
    certificateHistory: new DataLoader(loadHistories(services), { cacheKeyFn: historyKey }),
    /** Audit events of certificates (Certificate.history). */
    certificateAuditEvents: new DataLoader((ids: readonly string[]) => services.audit.forSubjects('Certificate', ids)),
    tourismOperator: new DataLoader((ids: readonly string[]) => services.tourismOperators.byIds(ids)),
    /** Each user's roles (the admin's user list). */
    rolesOfUser: new DataLoader((ids: readonly string[]) => services.accounts.rolesOfUsers(ids)),
    /** Producer and current province of products, whatever their status (for access checks). */
    productOwnership: new DataLoader((ids: readonly string[]) => services.products.ownerships(ids)),
    evaluationRequest: new DataLoader((ids: readonly string[]) => services.evaluationRequests.byIds(ids)),
    openEvaluationRequest: new DataLoader((productIds: readonly string[]) => services.evaluationRequests.openForProducts(productIds)),
    productEvaluations: new DataLoader((productIds: readonly string[]) => services.certification.evaluationsOfProducts(productIds)),
    /** A producer's team (Producer.members, Producer.staffInvitations); a team is a handful of people. */
    producerMembers: new DataLoader((producerIds: readonly string[]) => services.staff.membersOf(producerIds)),
    producerInvitations: new DataLoader((producerIds: readonly string[]) => services.staff.openInvitationsOf(producerIds)),
    /** Orders by id (a sub-order's shipping address). */
    order: new DataLoader((ids: readonly string[]) => services.orders.byIds(ids)),
    /** Sub-orders of orders, and lines of sub-orders: an order list costs one statement per relation. */
    bookingsOfOrder: new DataLoader((ids: readonly string[]) => services.bookings.ofOrders(ids)),
    bookingUnits: new DataLoader((ids: readonly string[]) => services.bookings.unitsOf(ids)),
    /** Slots as they are now (a booking's slotChanged, cancellable). */
    bookableSlot: new DataLoader((ids: readonly string[]) => services.slotPlaces.slots(ids)),
    subOrdersOfOrder: new DataLoader((ids: readonly string[]) => services.orders.subOrdersOf(ids)),
    linesOfSubOrder: new DataLoader((ids: readonly string[]) => services.orders.linesOf(ids)),
    /** Emails of users (who acted, in the audit log). */
    userEmail: new DataLoader((ids: readonly string[]) => services.accounts.emailsByIds(ids)),
    programmePlan: new DataLoader((ids: readonly string[]) => services.programme.byIds(ids)),
    /** Targets of plans (a plan has at most 20). */
    programmeTargets: new DataLoader((planIds: readonly string[]) => services.programme.targetsOf(planIds)),
    /** Every target a request shows is measured in one statement. */
    targetProgress: new DataLoader(async (targetIds: readonly string[]) => {
      const targets = await services.programme.measuredTargets(targetIds);
      const found = targets.filter((t) => t !== undefined);
      const progress = await services.programmeStats.progress(found, today);
      return targetIds.map((id) => {
        const i = found.findIndex((t) => t.id === id);
        return i < 0 ? new Error(`no programme target ${id}`) : progress[i]!;
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

interface HistoryKey {
  productId: string;
  first: number;
  after: string | null;
}
const historyKey = (k: HistoryKey) => `${k.first}\u0000${k.after ?? ''}\u0000${k.productId}`;

/** Certificate histories: one statement per distinct (first, after) in the batch (one on a product list). */
function loadHistories(services: Services) {
  return async (keys: readonly HistoryKey[]): Promise<Page<CertificateRecord>[]> => {
    const groups = new Map<string, HistoryKey[]>();
    for (const k of keys) {
      const g = `${k.first}\u0000${k.after ?? ''}`;
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const pages = new Map<string, Page<CertificateRecord>>();
    for (const group of groups.values()) {
      const { first, after } = group[0]!;
      const found = await services.certification.historyForProducts(group.map((k) => k.productId), { first, after });
      group.forEach((k, i) => pages.set(historyKey(k), found[i]!));
    }
    return keys.map((k) => pages.get(historyKey(k))!);
  };
}

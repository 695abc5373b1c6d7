import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver, CouncilMemberRoleResolver, ProducerMemberRoleResolver, UserResolver } from '../modules/accounts/account.resolver.js';
import { OperatorMemberRoleResolver, TourismOperatorResolver } from '../modules/tourism/tourism-operator.resolver.js';
import { CatalogueImportResolver } from '../modules/catalog/catalogue-import.resolver.js';
import { ProductEditingResolver } from '../modules/catalog/product-editing.resolver.js';
import { ProductSetResolver } from '../modules/catalog/product-set.resolver.js';
import { ProductConnectionResolver, ProductResolver } from '../modules/catalog/product.resolver.js';
import { CertificateResolver, ProductCertificatesResolver } from '../modules/certification/certification.resolver.js';
import { CouncilResolver } from '../modules/certification/council.resolver.js';
import { EvaluationRequestResolver, ProductReviewResolver } from '../modules/certification/evaluation-request.resolver.js';
import { ProvinceResolver } from '../modules/places/province.resolver.js';
import { ProducerRegistrationResolver } from '../modules/producers/producer-registration.resolver.js';
import { ProducerResolver } from '../modules/producers/producer.resolver.js';
import { ProducerWorkspaceResolver } from '../modules/producers/producer-workspace.resolver.js';
import { BatchResolver, ProductBatchesResolver } from '../modules/traceability/batch.resolver.js';
import { authChecker } from './auth.js';
import { ProducerInvitationPreviewResolver, ProducerStaffResolver, ProducerTeamResolver } from '../modules/accounts/producer-staff.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { CommuneResolver } from '../modules/places/commune.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { CraftVillageResolver, ProducerCraftVillageResolver } from '../modules/craftvillages/craft-village.resolver.js';
import { ProgrammePlanResolver, ProgrammeStatsResolver, ProgrammeTargetResolver, ReevaluationQueueResolver } from '../modules/programme/programme.resolver.js';
import { AuditEventResolver, CertificateHistoryResolver } from '../modules/audit/audit.resolver.js';
import { CartLineResolver, CartResolver } from '../modules/cart/cart.resolver.js';
import {
  BankTransferInstructionsResolver, CheckoutResolver, OrderResolver, PaymentResolver, ShippingAddressResolver, SubOrderResolver, ViewerOrdersResolver,
} from '../modules/orders/order.resolver.js';
import { FulfilmentResolver } from '../modules/orders/fulfilment.resolver.js';
import { BookingResolver, OrderBookingsResolver, ViewerBookingsResolver } from '../modules/bookings/booking.resolver.js';
import { ReconciliationResolver } from '../modules/payments/reconciliation.resolver.js';
import {
  ProducerSalesPointListingsResolver, ProductSalesPointsResolver, SalesPointListingResolver, SalesPointManagerRoleResolver, SalesPointResolver,
} from '../modules/salespoints/sales-point.resolver.js';
import { TourismOperatorCatalogueResolver, TourismPointResolver } from '../modules/tourism/tourism-point.resolver.js';
import { ExperienceResolver, ExperienceSlotResolver, ProductExperiencesResolver } from '../modules/tourism/experience.resolver.js';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      ProgrammeStatsResolver,
      ProgrammePlanResolver,
      ProgrammeTargetResolver,
      CraftVillageResolver,
      ProducerCraftVillageResolver,
      ReevaluationQueueResolver,
      BookingResolver,
      OrderBookingsResolver,
      ViewerBookingsResolver,
      TourismPointResolver,
      TourismOperatorCatalogueResolver,
      ExperienceResolver,
      ExperienceSlotResolver,
      ProductExperiencesResolver,
      ProductResolver,
      ProductConnectionResolver,
      ProductSetResolver,
      ProducerResolver,
      ProvinceResolver,
      CommuneResolver,
      BatchResolver,
      ProductBatchesResolver,
      CertificateResolver,
      ProductCertificatesResolver,
      AccountResolver,
      ProducerMemberRoleResolver,
      CouncilMemberRoleResolver,
      SearchResolver,
      CouncilResolver,
      EvaluationRequestResolver,
      ProductReviewResolver,
      CatalogueImportResolver,
      ProductEditingResolver,
      ProducerRegistrationResolver,
      ProducerWorkspaceResolver,
      AuditEventResolver,
      CertificateHistoryResolver,
      UserResolver,
      TourismOperatorResolver,
      OperatorMemberRoleResolver,
      ProducerStaffResolver,
      ProducerTeamResolver,
      ProducerInvitationPreviewResolver,
      CartResolver,
      CartLineResolver,
      CheckoutResolver,
      OrderResolver,
      ViewerOrdersResolver,
      SubOrderResolver,
      ShippingAddressResolver,
      PaymentResolver,
      BankTransferInstructionsResolver,
      FulfilmentResolver,
      ReconciliationResolver,
      SalesPointResolver,
      SalesPointListingResolver,
      ProductSalesPointsResolver,
      ProducerSalesPointListingsResolver,
      SalesPointManagerRoleResolver,
    ],
    validate: false,
    authChecker,
    authMode: 'error',
  });
  return built;
}

/** SDL as committed in schema/schema.graphql: sorted, so the file only changes when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

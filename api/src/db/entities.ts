import { RoleAssignment } from '../modules/accounts/role-assignment.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { ProductImage } from '../modules/catalog/product-image.entity.js';
import { ProductSet, ProductSubgroup } from '../modules/catalog/product-set.entity.js';
import { ProductVariant } from '../modules/catalog/product-variant.entity.js';
import { Product } from '../modules/catalog/product.entity.js';
import { Certificate } from '../modules/certification/certificate.entity.js';
import { Commune } from '../modules/places/commune.entity.js';
import { District } from '../modules/places/district.entity.js';
import { CouncilLevelRule } from '../modules/certification/council-level-rule.entity.js';
import { CriteriaSet } from '../modules/certification/criteria-set.entity.js';
import { Evaluation } from '../modules/certification/evaluation.entity.js';
import { Province } from '../modules/places/province.entity.js';
import { Producer } from '../modules/producers/producer.entity.js';
import { Batch } from '../modules/traceability/batch.entity.js';
import { ProductSearch } from '../modules/search/product-search.entity.js';
import { AccountToken } from '../modules/accounts/account-token.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { TourismOperator } from '../modules/tourism/tourism-operator.entity.js';
import { TourismPoint, TourismPointCertificate, TourismPointImage } from '../modules/tourism/tourism-point.entity.js';
import { Experience, ExperiencePrice, ExperienceProduct, ExperienceSlot } from '../modules/tourism/experience.entity.js';
import { EvaluationRequest } from '../modules/certification/evaluation-request.entity.js';
import { DevMail } from '../modules/mail/dev-mail.entity.js';
import { PaymentWebhookEvent } from '../modules/payments/payment-webhook-event.entity.js';
import { ProducerInvitation } from '../modules/accounts/producer-invitation.entity.js';
import { Cart, CartLine } from '../modules/cart/cart.entity.js';
import { CartBooking } from '../modules/cart/cart-booking.entity.js';
import { Booking, BookingUnit } from '../modules/bookings/booking.entity.js';
import { OrderLine, OrderOutbox, ShippingRate, ShopOrder, SubOrder } from '../modules/orders/order.entity.js';
import { Payment } from '../modules/orders/payment.entity.js';
import { ProgrammePlan } from '../modules/programme/programme-plan.entity.js';
import { ProgrammeTarget } from '../modules/programme/programme-target.entity.js';
import { SalesPoint, SalesPointProduct } from '../modules/salespoints/sales-point.entity.js';
import { CraftVillage, CraftVillageProducer } from '../modules/craftvillages/craft-village.entity.js';

/** Every entity the ORM knows; listed explicitly so discovery needs no filesystem globbing. */
export const entities = [
  Province,
  District,
  Commune,
  Producer,
  TourismOperator,
  ProductSubgroup,
  ProductSet,
  Product,
  ProductVariant,
  ProductImage,
  CriteriaSet,
  CouncilLevelRule,
  Evaluation,
  Certificate,
  Batch,
  User,
  Session,
  RoleAssignment,
  ProductSearch,
  DevMail,
  AccountToken,
  AuditEvent,
  PaymentWebhookEvent,
  EvaluationRequest,
  ProducerInvitation,
  Cart,
  CartLine,
  CartBooking,
  ShippingRate,
  ShopOrder,
  SubOrder,
  OrderLine,
  OrderOutbox,
  Payment,
  ProgrammePlan,
  ProgrammeTarget,
  SalesPoint,
  SalesPointProduct,
  CraftVillage,
  CraftVillageProducer,
  Booking,
  BookingUnit,
  TourismPoint,
  TourismPointImage,
  TourismPointCertificate,
  Experience,
  ExperiencePrice,
  ExperienceProduct,
  ExperienceSlot,
];

import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogueImportService } from '../db/import/catalogue-import.service.js';
import { AccountService } from './accounts/account.service.js';
import { InMemoryLoginThrottleStore, LoginThrottle } from './accounts/login-throttle.js';
import { RoleService } from './accounts/role.service.js';
import { ProducerStaffService } from './accounts/producer-staff.service.js';
import { ProductEditingService } from './catalog/product-editing.service.js';
import { ProductImageEditingService } from './catalog/product-image-editing.service.js';
import type { ImageStorage } from './catalog/image-storage.js';
import { ProductSetService } from './catalog/product-set.service.js';
import { ProductService } from './catalog/product.service.js';
import { CertificationService } from './certification/certification.service.js';
import { CouncilService } from './certification/council.service.js';
import { EvaluationRequestService } from './certification/evaluation-request.service.js';
import { CommuneService } from './places/commune.service.js';
import { ProvinceService } from './places/province.service.js';
import { ProducerRegistrationService } from './producers/producer-registration.service.js';
import { ProducerService } from './producers/producer.service.js';
import { ProducerWorkspaceService } from './producers/producer-workspace.service.js';
import { BatchRecordingService } from './traceability/batch-recording.service.js';
import { TraceabilityService } from './traceability/traceability.service.js';
import { SearchService } from './search/search.service.js';
import { TourismOperatorService } from './tourism/tourism-operator.service.js';
import { OperatorRegistrationService } from './tourism/operator-registration.service.js';
import { SalesPointService } from './salespoints/sales-point.service.js';
import { SalesPointRegistrationService } from './salespoints/sales-point-registration.service.js';
import { SalesPointListingService } from './salespoints/sales-point-listing.service.js';
import { TourismPointService } from './tourism/tourism-point.service.js';
import { TourismPointCertificateService } from './tourism/tourism-point-certificate.service.js';
import { ExperienceService } from './tourism/experience.service.js';
import { ExperienceSlotService } from './tourism/experience-slot.service.js';
import { TourismPointImageService } from './tourism/tourism-point-image.service.js';
import { AuditService } from './audit/audit.service.js';
import { DevMailbox, type MailSender } from './mail/mail.js';
import { PASSWORD_RESET_LIMITS, VERIFICATION_RESEND_LIMITS } from './accounts/account-tokens.js';
import { StockService } from './catalog/stock.service.js';
import { CartService } from './cart/cart.service.js';
import { OrderService } from './orders/order.service.js';
import { CheckoutService } from './orders/checkout.service.js';
import { OrderPaymentService } from './orders/order-payments.service.js';
import { CardOrderPaymentService } from './orders/card-order-payments.service.js';
import { FulfilmentService } from './orders/fulfilment.service.js';
import { ReconciliationService } from './payments/reconciliation.service.js';
import { OrderMailService } from './orders/order-mail.service.js';
import { CatalogueStats } from './catalog/catalogue-stats.js';
import { CertificationStats } from './certification/certification-stats.js';
import { ProducerStats } from './producers/producer-stats.js';
import { ProgrammeStatsService } from './programme/programme-stats.service.js';
import { ProgrammeService } from './programme/programme.service.js';
import { ProgrammeEditingService } from './programme/programme-editing.service.js';
import { OpenDataService } from './programme/open-data.service.js';
import { ReevaluationQueue } from './programme/reevaluation-queue.js';
import { SalesPointStats } from './salespoints/sales-point-stats.js';
import { CraftVillageService } from './craftvillages/craft-village.service.js';
import { CraftVillageEditingService } from './craftvillages/craft-village-editing.service.js';
import { CraftVillageStats } from './craftvillages/craft-village-stats.js';
import { SlotPlacesService } from './tourism/booking-reads.js';
import { BookingService } from './bookings/booking.service.js';
import { BookingActionsService } from './bookings/booking-actions.service.js';
import { BookingEnding } from './bookings/booking-ending.js';
import { UnansweredBookingsService } from './bookings/unanswered-bookings.service.js';
import { DEFAULT_PAYMENT_SETTINGS, paymentAdapters, type PaymentSettings, type StripeCardAdapter } from './payments/payment-port.js';

/** What outlives a request: process-wide stores and the clock. */
export interface ServiceDeps {
  loginThrottle: LoginThrottle;
  /** Password reset requests per email and per address (the login throttle's store pattern). */
  resetThrottle?: LoginThrottle;
  /** Verification mails resent per email and per address. */
  resendThrottle?: LoginThrottle;
  /** Outbound mail; by default the development mailbox over this unit of work's database. */
  mail?: MailSender;
  /** Public origin of the storefront: links in mails point there. */
  storefrontUrl?: string;
  /** Where uploaded photos are stored (removing a photo removes its files); none in service-level tests. */
  imageStorage?: ImageStorage;
  /** Hold duration, bank account, card gateway (config.ts: paymentSettingsOf); demo defaults (no card) otherwise. */
  payments?: PaymentSettings;
  /** Hours an operator has to answer an on-request booking (config BOOKING_OPERATOR_RESPONSE_HOURS; default 48). */
  operatorResponseHours?: number;
  /** Tests only: a pause inside the checkout's reservation transaction (oversell test). */
  reservationDelayMs?: number;
  now: () => Date;
}

export function defaultServiceDeps(): ServiceDeps {
  return {
    loginThrottle: new LoginThrottle(new InMemoryLoginThrottleStore()),
    resetThrottle: new LoginThrottle(new InMemoryLoginThrottleStore(), PASSWORD_RESET_LIMITS),
    resendThrottle: new LoginThrottle(new InMemoryLoginThrottleStore(), VERIFICATION_RESEND_LIMITS),
    now: () => new Date(),
  };
}

/** Every module's service for one unit of work (one request's EntityManager fork). */
export function createServices(em: EntityManager, deps: ServiceDeps = defaultServiceDeps()) {
  const provinces = new ProvinceService(em);
  const communes = new CommuneService(em);
  const producers = new ProducerService(em, provinces);
  const certification = new CertificationService(em);
  const productSets = new ProductSetService(em);
  const products = new ProductService(em, provinces, producers, certification);
  const traceability = new TraceabilityService(em);
  const mail = deps.mail ?? new DevMailbox(em, deps.now);
  const storefrontUrl = deps.storefrontUrl ?? 'http://localhost:3000';
  const stock = new StockService(em, producers);
  const slotPlaces = new SlotPlacesService(em);
  const cart = new CartService(em, stock, slotPlaces, deps.now);
  const paymentSettings = deps.payments ?? DEFAULT_PAYMENT_SETTINGS;
  const adapters = paymentAdapters(paymentSettings);
  const orders = new OrderService(em, stock, deps.now);
  const bookings = new BookingService(em, slotPlaces, orders, deps.now, {
    reservationDelayMs: deps.reservationDelayMs, operatorResponseHours: deps.operatorResponseHours,
  });
  const orderPayments: OrderPaymentService = new OrderPaymentService(em, orders, deps.now, () => cardPayments, () => bookings);
  const cardPayments = new CardOrderPaymentService(em, orderPayments, adapters.CARD as StripeCardAdapter, deps.now);
  const fulfilment = new FulfilmentService(em, orders, orderPayments, cardPayments);
  const reconciliation = new ReconciliationService(orders, orderPayments);
  const orderMail = new OrderMailService(em, mail, deps.now, storefrontUrl, paymentSettings.bank);
  const checkout = new CheckoutService(em, cart, stock, orders, provinces, communes, deps.now, {
    holdMinutes: paymentSettings.holdMinutes, adapters, reservationDelayMs: deps.reservationDelayMs, parts: bookings,
    startCardPayment: (order) => cardPayments.ensureIntent(order),
  });
  const bookingEnding = new BookingEnding(em, bookings, orders, orderPayments, cardPayments, deps.now);
  const bookingActions = new BookingActionsService(em, bookings, slotPlaces, orders, orderPayments, bookingEnding, deps.now);
  const unansweredBookings = new UnansweredBookingsService(em, bookings, bookingEnding, deps.now);
  const accounts = new AccountService(em, deps.loginThrottle, deps.now, {
    mail,
    resetThrottle: deps.resetThrottle ?? new LoginThrottle(new InMemoryLoginThrottleStore(), PASSWORD_RESET_LIMITS),
    resendThrottle: deps.resendThrottle ?? new LoginThrottle(new InMemoryLoginThrottleStore(), VERIFICATION_RESEND_LIMITS),
    storefrontUrl,
    onSignedIn: (userId, client) => cart.mergeGuestCart(client.cartToken, userId),
  });
  const staff = new ProducerStaffService(em, producers, deps.now, { mail, storefrontUrl });
  const audit = new AuditService(em);
  const tourismOperators = new TourismOperatorService(em);
  const salesPoints = new SalesPointService(em, provinces, products);
  const roles = new RoleService(em, accounts, producers, provinces, tourismOperators, salesPoints, deps.now);
  const search = new SearchService(em, products, producers, provinces);
  const councils = new CouncilService(certification, products, provinces);
  const evaluationRequests = new EvaluationRequestService(em, products);
  const batchRecording = new BatchRecordingService(traceability, products, provinces);
  const catalogueImport = new CatalogueImportService(em);
  const productEditing = new ProductEditingService(em, products, productSets, producers, search);
  const producerRegistration = new ProducerRegistrationService(em, producers, provinces, roles, products, search);
  const productImageEditing = new ProductImageEditingService(em, products, deps.imageStorage ?? null);
  const producerWorkspace = new ProducerWorkspaceService(em, producers, provinces, communes, products, certification, search);
  const operatorRegistration = new OperatorRegistrationService(em, tourismOperators, provinces, communes, roles);
  const producerStats = new ProducerStats(provinces);
  const catalogueStats = new CatalogueStats();
  const certificationStats = new CertificationStats(em);
  const programmeStats = new ProgrammeStatsService(em, producerStats, catalogueStats, certificationStats, new SalesPointStats(), new CraftVillageStats());
  const craftVillages = new CraftVillageService(em, producers, catalogueStats, certificationStats);
  const craftVillageEditing = new CraftVillageEditingService(em, craftVillages, producers, communes, deps.now);
  const reevaluationQueue = new ReevaluationQueue(programmeStats, producerStats, catalogueStats, certificationStats);
  const openData = new OpenDataService(em, programmeStats, producerStats, catalogueStats, certificationStats);
  const programme = new ProgrammeService(em, programmeStats);
  const programmeEditing = new ProgrammeEditingService(em, programme, programmeStats, deps.now);
  const salesPointRegistration = new SalesPointRegistrationService(em, salesPoints, provinces, communes, roles, deps.now);
  const salesPointListings = new SalesPointListingService(em, salesPoints, products, deps.now);
  const tourismPoints = new TourismPointService(em, tourismOperators, provinces, communes);
  const pointCertificates = new TourismPointCertificateService(em, tourismPoints);
  const experiences = new ExperienceService(em, tourismPoints, pointCertificates, provinces, products);
  const experienceSlots = new ExperienceSlotService(em, experiences, deps.now);
  const tourismPointImages = new TourismPointImageService(tourismPoints, deps.imageStorage ?? null);
  return {
    programme, programmeEditing, programmeStats, openData, reevaluationQueue, craftVillages, craftVillageEditing,
    tourismPoints, pointCertificates, experiences, experienceSlots, tourismPointImages,
    provinces, communes, producers, certification, productSets, products, traceability, accounts, roles, search, councils, batchRecording, catalogueImport,
    productEditing, productImageEditing, producerRegistration, producerWorkspace, audit, tourismOperators, operatorRegistration, evaluationRequests, staff,
    salesPoints, salesPointRegistration, salesPointListings,
    stock, cart, orders, checkout, slotPlaces, bookings, bookingActions, unansweredBookings, orderPayments, cardPayments, fulfilment, reconciliation, orderMail, paymentSettings, adapters,
  };
}

export type Services = ReturnType<typeof createServices>;

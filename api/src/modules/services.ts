import type { EntityManager } from '@mikro-orm/postgresql';
import { ProductSetService } from './catalog/product-set.service.js';
import { ProductService } from './catalog/product.service.js';
import { CertificationService } from './certification/certification.service.js';
import { CommuneService } from './places/commune.service.js';
import { ProvinceService } from './places/province.service.js';
import { ProducerService } from './producers/producer.service.js';
import { TraceabilityService } from './traceability/traceability.service.js';

/** Every module's service for one unit of work (one request's EntityManager fork). */
export function createServices(em: EntityManager) {
  const provinces = new ProvinceService(em);
  const communes = new CommuneService(em);
  const producers = new ProducerService(em, provinces);
  const certification = new CertificationService(em);
  const productSets = new ProductSetService(em);
  const products = new ProductService(em, provinces, producers, certification);
  const traceability = new TraceabilityService(em);
  return { provinces, communes, producers, certification, productSets, products, traceability };
}

export type Services = ReturnType<typeof createServices>;

import { Product } from '../modules/catalog/product.entity.js';
import { Certificate } from '../modules/certification/certificate.entity.js';
import { Province } from '../modules/places/province.entity.js';
import { Producer } from '../modules/producers/producer.entity.js';
import { Batch } from '../modules/traceability/batch.entity.js';

/** Every entity the ORM knows; listed explicitly so discovery needs no filesystem globbing. */
export const entities = [Province, Producer, Product, Certificate, Batch];

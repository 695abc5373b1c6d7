import { Product } from '../modules/catalog/product.entity.js';
import { Certificate } from '../modules/certification/certificate.entity.js';
import { CouncilLevelRule } from '../modules/certification/council-level-rule.entity.js';
import { CriteriaSet } from '../modules/certification/criteria-set.entity.js';
import { Evaluation } from '../modules/certification/evaluation.entity.js';
import { Province } from '../modules/places/province.entity.js';
import { Producer } from '../modules/producers/producer.entity.js';

/** Every entity the ORM knows; listed explicitly so discovery needs no filesystem globbing. */
export const entities = [Province, Producer, Product, CriteriaSet, CouncilLevelRule, Evaluation, Certificate];

import { randomUUID } from 'node:crypto';
import type { Orm } from '../db/orm.js';
import { vietnamToday } from '../lib/today.js';
import { createServices, type Services } from '../modules/services.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  requestId: string;
  /** The day of viewing in Vietnam; certificate validity is judged against it. */
  today: string;
  /** Public origin of the storefront: trace pages and QR images are addressed there. */
  storefrontUrl: string;
  services: Services;
  loaders: Loaders;
}

export function createContext(
  orm: Orm,
  options: { storefrontUrl: string; requestId?: string; now?: Date },
): Context {
  const em = orm.em.fork();
  const services = createServices(em);
  const today = vietnamToday(options.now);
  return {
    requestId: options.requestId ?? randomUUID(),
    today,
    storefrontUrl: options.storefrontUrl,
    services,
    loaders: createLoaders(services, today),
  };
}

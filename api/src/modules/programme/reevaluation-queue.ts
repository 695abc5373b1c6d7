import { addDays } from '../../lib/dates.js';
import type { KeysetPage } from '../../lib/keyset.js';
import { ForbiddenError, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import type { CatalogueStats } from '../catalog/catalogue-stats.js';
import type { CertificationStats } from '../certification/certification-stats.js';
import type { CertificateRecord } from '../certification/certification.service.js';
import type { ProducerStats } from '../producers/producer-stats.js';
import { EXPIRY_WINDOW_DAYS, type ProgrammeStatsService } from './programme-stats.service.js';

/**
 * A council's re-evaluation queue: certificates in force that expire within 90 days, of products of
 * its province (historic units merged into it included); the ministry's council sees 5★ ones
 * nationwide; admins see all.
 */
export class ReevaluationQueue {
  constructor(
    private readonly stats: ProgrammeStatsService,
    private readonly producers: ProducerStats,
    private readonly catalogue: CatalogueStats,
    private readonly certification: CertificationStats,
  ) {}

  async list(viewer: Viewer | null, today: string, page: { first: number; after: string | null }): Promise<KeysetPage<CertificateRecord>> {
    const v = signedIn(viewer);
    const councils = v.roles.filter((r) => r.kind === 'COUNCIL_MEMBER');
    const provincial = councils.filter((r) => r.councilLevel === 'PROVINCE' && r.provinceId);
    let unitIds: string[] | null = null;
    let minStars = 3;
    if (!isAdmin(v)) {
      if (provincial.length) {
        const units = await this.stats.units();
        unitIds = provincial.flatMap((r) => units.rolledUp(r.provinceId!));
      } else if (councils.some((r) => r.councilLevel === 'MINISTRY')) {
        minStars = 5;
      } else {
        throw new ForbiddenError('Only a rating council or an administrator sees the re-evaluation queue.');
      }
    }
    const units = this.producers.units(unitIds);
    const products = this.catalogue.products({ sql: `select producer_id from (${units.sql}) u`, params: units.params });
    return this.certification.expiringAmong(
      { sql: `select product_id from (${products.sql}) p`, params: products.params },
      today,
      addDays(today, EXPIRY_WINDOW_DAYS),
      minStars,
      page,
    );
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';

/** Sales points: registration, approval, public queries (nearest, by province, by product). */
export class SalesPointService {
  constructor(private readonly em: EntityManager) {}

  async exists(id: string): Promise<boolean> {
    return (await rows(this.em, `select 1 from sales_point where id = ?`, [id])).length > 0;
  }
}

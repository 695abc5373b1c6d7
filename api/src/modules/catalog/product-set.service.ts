import type { EntityManager } from '@mikro-orm/postgresql';
import { orderedBy, rows } from '../../lib/sql.js';
import type { ProductGroup } from './product-group.js';

export interface ProductSetRecord {
  code: string;
  name: string;
  nameEn: string;
  subgroupCode: string;
  subgroupName: string;
  subgroupNameEn: string;
  group: ProductGroup;
}

const SELECT = `select s.code, s.name, s.name_en as "nameEn", g.code as "subgroupCode", g.name as "subgroupName",
  g.name_en as "subgroupNameEn", g.group from product_set s join product_subgroup g on g.code = s.subgroup_code`;

/** The OCOP classification (groups → sub-groups → 26 product sets), reference data. */
export class ProductSetService {
  constructor(private readonly em: EntityManager) {}

  list(group?: ProductGroup | null): Promise<ProductSetRecord[]> {
    return rows<ProductSetRecord>(this.em, `${SELECT} where ?::product_group is null or g.group = ? order by s.position`, [
      group ?? null,
      group ?? null,
    ]);
  }

  async byCodes(codes: readonly string[]): Promise<(ProductSetRecord | undefined)[]> {
    return orderedBy(codes, await rows<ProductSetRecord>(this.em, `${SELECT} where s.code = any(?)`, [codes]), (s) => s.code);
  }
}

import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { COLUMNS as IMPORT_COLUMNS } from '../../db/import/format.js';
import { pick, type ModuleMatrix, type Targets } from '../../test/matrix.js';

/**
 * The catalogue module's rows of the authorisation matrix (accounts.matrix.test.ts): import, and
 * editing the products of producer A and their photos.
 */
let archiveTarget = '';
/** Photos: one per role that may remove one (and one for the refused), and two of a product to reorder. */
const imageTo: Targets = {};
let reorderProduct = '';
const reorderImages: string[] = [];

export const CATALOG_MATRIX: ModuleMatrix = {
  catalogue(builder, { a }) {
    archiveTarget = builder.product('Chè xanh lưu trữ', a).id;
    reorderProduct = builder.product('Chè xanh nhiều ảnh', a).id;
  },

  async setUp(orm, world) {
    const image = async (productId: string, key: string) => {
      const id = `img_MATRIX${key.toUpperCase().padEnd(20, '0')}`;
      await rows(orm.em.fork(), `insert into product_image (id, product_id, url, alt, width, height, position) values (?, ?, ?, ?, 60, 40, 0)`, [id, productId, `/seed/${key}.webp`, key]);
      return id;
    };
    for (const who of ['producerA', 'admin', 'refused'] as const) imageTo[who] = await image(world.products.a.id, who);
    reorderImages.push(await image(reorderProduct, 'first'), await image(reorderProduct, 'second'));
  },

  rows: {
    catalogueImport: {
      allowed: ['admin'],
      run: (gql) =>
        gql(`mutation ($input: CatalogueImportInput!) { catalogueImport(input: $input) { report { imported } userErrors { code } } }`, {
          input: {
            format: 'CSV',
            content: `${IMPORT_COLUMNS.join(',')}\n01,HTX Gốm Bát Tràng,HTX,,Bình gốm men rạn,IV,,4,77/QĐ-UBND,2025-09-01,,450000,,`,
          },
        }),
    },
    productCreate: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { status } userErrors { code } } }`, {
          input: {
            producerId: toGlobalId('Producer', world.producers.a.id), name: `Chè ${role}`, description: '<p>Chè</p>', group: 'BEVERAGES',
            variants: [{ sku: `MATRIX-${role}`, label: 'hộp 100 g', price: 120_000, stock: 5 }],
          },
        }),
    },
    productUpdate: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { name } userErrors { code } } }`, {
          input: { productId: toGlobalId('Product', world.products.a.id), rawMaterialArea: `Tân Cương (${role})` },
        }),
    },
    productPublish: {
      allowed: ['producerA', 'admin'],
      run: (gql, _role, world) =>
        gql(`mutation ($id: ID!) { productPublish(productId: $id) { product { status } userErrors { code } } }`, { id: toGlobalId('Product', world.products.a.id) }),
    },
    productArchive: {
      allowed: ['producerA', 'admin'],
      run: (gql) =>
        gql(`mutation ($id: ID!) { productArchive(productId: $id) { product { status } userErrors { code } } }`, { id: toGlobalId('Product', archiveTarget) }),
    },
    productImageRemove: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($id: ID!) { productImageRemove(imageId: $id) { product { name } userErrors { code } } }`, {
          id: toGlobalId('ProductImage', pick(imageTo, role)),
        }),
    },
    productImagesReorder: {
      allowed: ['producerA', 'admin'],
      run: (gql) =>
        gql(`mutation ($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { product { name } userErrors { code } } }`, {
          input: { productId: toGlobalId('Product', reorderProduct), imageIds: [...reorderImages].reverse().map((id) => toGlobalId('ProductImage', id)) },
        }),
    },
  },
};

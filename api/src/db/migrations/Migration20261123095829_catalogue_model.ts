import { Migration } from '@mikro-orm/migrations';

export class Migration20261123095829_catalogue_model extends Migration {

  override name = 'Migration20261123095829_catalogue_model';

  override up(): void | Promise<void> {
    // Before reference data existed, the demo seed made provinces with random ids. Such databases
    // hold only regenerable demo data (nothing shipped before this migration): clear it, and the
    // next start re-seeds. A database with reference provinces is never touched.
    this.addSql(`do $$ begin
      if exists (select 1 from "province" where "id" !~ '^prv_(old_)?[0-9]{2}$') then
        truncate "certificate", "product", "producer", "province" cascade;
      end if;
    end $$;`);
    this.addSql(`create type "province_kind" as enum ('CITY', 'PROVINCE');`);
    this.addSql(`create table "product_subgroup" ("code" varchar(255) not null, "group" "product_group" not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "position" smallint not null, primary key ("code"));`);

    this.addSql(`create table "product_set" ("code" varchar(255) not null, "subgroup_code" varchar(255) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "position" smallint not null, primary key ("code"));`);
    this.addSql(`create index "product_set_subgroup_code_index" on "product_set" ("subgroup_code");`);

    this.addSql(`create table "commune" ("id" varchar(255) not null, "code" varchar(5) not null, "name" varchar(255) not null, "province_id" varchar(255) not null, "valid_from" date null, "valid_to" date null, "successor_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "commune_province_id_index" on "commune" ("province_id");`);
    this.addSql(`alter table "commune" add constraint "commune_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "product_variant" ("id" varchar(255) not null, "product_id" varchar(255) not null, "sku" varchar(255) not null, "label" varchar(255) not null, "price_amount" bigint not null, "stock" int not null default 0, "weight_grams" int null, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "product_variant_product_id_index" on "product_variant" ("product_id");`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_sku_unique" unique ("sku");`);

    this.addSql(`create table "product_image" ("id" varchar(255) not null, "product_id" varchar(255) not null, "url" varchar(255) not null, "alt" varchar(255) not null, "width" int not null, "height" int not null, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "product_image_product_id_index" on "product_image" ("product_id");`);

    this.addSql(`alter table "province" add "kind" "province_kind" not null default 'PROVINCE';`);

    this.addSql(`alter table "producer" add "slug" varchar(255) null, add "registration_number" varchar(255) null, add "commune_id" varchar(255) null, add "address_line" varchar(255) null, add "phone" varchar(255) null, add "email" varchar(255) null, add "website" varchar(255) null, add "story" text not null default '', add "logo_url" varchar(255) null, add "verified" boolean not null default false;`);
    this.addSql(`alter table "producer" add constraint "producer_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on delete set null;`);
    this.addSql(`alter table "producer" add constraint "producer_slug_unique" unique ("slug");`);
    this.addSql(`alter table "producer" add constraint "producer_registration_number_unique" unique ("registration_number");`);
    this.addSql(`create index "producer_commune_id_index" on "producer" ("commune_id");`);

    this.addSql(`alter table "product" add "product_set_code" varchar(255) null, add "raw_material_area" text null, add "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "product" alter column "updated_at" drop default;`);
    this.addSql(`alter table "product" add constraint "product_product_set_code_foreign" foreign key ("product_set_code") references "product_set" ("code") on delete set null;`);
    this.addSql(`create index "product_product_set_code_index" on "product" ("product_set_code");`);

    this.addSql(`alter table "product_set" add constraint "product_set_subgroup_code_foreign" foreign key ("subgroup_code") references "product_subgroup" ("code");`);

    this.addSql(`alter table "commune" add constraint "commune_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "commune" add constraint "commune_successor_id_foreign" foreign key ("successor_id") references "commune" ("id") on delete set null;`);

    this.addSql(`alter table "product_variant" add constraint "product_variant_product_id_foreign" foreign key ("product_id") references "product" ("id");`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_price_amount_check" check (price_amount >= 0);`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_stock_check" check (stock >= 0);`);
    this.addSql(`alter table "product_variant" add constraint "product_variant_weight_grams_check" check (weight_grams > 0);`);

    this.addSql(`alter table "product_image" add constraint "product_image_product_id_foreign" foreign key ("product_id") references "product" ("id");`);

    this.addSql(`update "producer" set "slug" = "id" where "slug" is null;`);
    this.addSql(`alter table "producer" alter column "slug" set not null;`);

    // Reference data. Provinces: the 34 units in force since 01/07/2025 (Resolution 202/2025/QH15, codes
    // from Decision 19/2025/QĐ-TTg) and the 63 before, each mapped to the current unit it joined.
    this.addSql(`insert into "province" ("id", "code", "name", "kind", "valid_from", "valid_to", "successor_id") values
      ('prv_01', '01', 'Hà Nội', 'CITY', '2025-07-01', null, null),
      ('prv_04', '04', 'Cao Bằng', 'PROVINCE', '2025-07-01', null, null),
      ('prv_08', '08', 'Tuyên Quang', 'PROVINCE', '2025-07-01', null, null),
      ('prv_11', '11', 'Điện Biên', 'PROVINCE', '2025-07-01', null, null),
      ('prv_12', '12', 'Lai Châu', 'PROVINCE', '2025-07-01', null, null),
      ('prv_14', '14', 'Sơn La', 'PROVINCE', '2025-07-01', null, null),
      ('prv_15', '15', 'Lào Cai', 'PROVINCE', '2025-07-01', null, null),
      ('prv_19', '19', 'Thái Nguyên', 'PROVINCE', '2025-07-01', null, null),
      ('prv_20', '20', 'Lạng Sơn', 'PROVINCE', '2025-07-01', null, null),
      ('prv_22', '22', 'Quảng Ninh', 'PROVINCE', '2025-07-01', null, null),
      ('prv_24', '24', 'Bắc Ninh', 'PROVINCE', '2025-07-01', null, null),
      ('prv_25', '25', 'Phú Thọ', 'PROVINCE', '2025-07-01', null, null),
      ('prv_31', '31', 'Hải Phòng', 'CITY', '2025-07-01', null, null),
      ('prv_33', '33', 'Hưng Yên', 'PROVINCE', '2025-07-01', null, null),
      ('prv_37', '37', 'Ninh Bình', 'PROVINCE', '2025-07-01', null, null),
      ('prv_38', '38', 'Thanh Hóa', 'PROVINCE', '2025-07-01', null, null),
      ('prv_40', '40', 'Nghệ An', 'PROVINCE', '2025-07-01', null, null),
      ('prv_42', '42', 'Hà Tĩnh', 'PROVINCE', '2025-07-01', null, null),
      ('prv_44', '44', 'Quảng Trị', 'PROVINCE', '2025-07-01', null, null),
      ('prv_46', '46', 'Huế', 'CITY', '2025-07-01', null, null),
      ('prv_48', '48', 'Đà Nẵng', 'CITY', '2025-07-01', null, null),
      ('prv_51', '51', 'Quảng Ngãi', 'PROVINCE', '2025-07-01', null, null),
      ('prv_52', '52', 'Gia Lai', 'PROVINCE', '2025-07-01', null, null),
      ('prv_56', '56', 'Khánh Hòa', 'PROVINCE', '2025-07-01', null, null),
      ('prv_66', '66', 'Đắk Lắk', 'PROVINCE', '2025-07-01', null, null),
      ('prv_68', '68', 'Lâm Đồng', 'PROVINCE', '2025-07-01', null, null),
      ('prv_75', '75', 'Đồng Nai', 'PROVINCE', '2025-07-01', null, null),
      ('prv_79', '79', 'Hồ Chí Minh', 'CITY', '2025-07-01', null, null),
      ('prv_80', '80', 'Tây Ninh', 'PROVINCE', '2025-07-01', null, null),
      ('prv_82', '82', 'Đồng Tháp', 'PROVINCE', '2025-07-01', null, null),
      ('prv_86', '86', 'Vĩnh Long', 'PROVINCE', '2025-07-01', null, null),
      ('prv_91', '91', 'An Giang', 'PROVINCE', '2025-07-01', null, null),
      ('prv_92', '92', 'Cần Thơ', 'CITY', '2025-07-01', null, null),
      ('prv_96', '96', 'Cà Mau', 'PROVINCE', '2025-07-01', null, null),
      ('prv_old_01', '01', 'Hà Nội', 'CITY', null, '2025-06-30', 'prv_01'),
      ('prv_old_02', '02', 'Hà Giang', 'PROVINCE', null, '2025-06-30', 'prv_08'),
      ('prv_old_04', '04', 'Cao Bằng', 'PROVINCE', null, '2025-06-30', 'prv_04'),
      ('prv_old_06', '06', 'Bắc Kạn', 'PROVINCE', null, '2025-06-30', 'prv_19'),
      ('prv_old_08', '08', 'Tuyên Quang', 'PROVINCE', null, '2025-06-30', 'prv_08'),
      ('prv_old_10', '10', 'Lào Cai', 'PROVINCE', null, '2025-06-30', 'prv_15'),
      ('prv_old_11', '11', 'Điện Biên', 'PROVINCE', null, '2025-06-30', 'prv_11'),
      ('prv_old_12', '12', 'Lai Châu', 'PROVINCE', null, '2025-06-30', 'prv_12'),
      ('prv_old_14', '14', 'Sơn La', 'PROVINCE', null, '2025-06-30', 'prv_14'),
      ('prv_old_15', '15', 'Yên Bái', 'PROVINCE', null, '2025-06-30', 'prv_15'),
      ('prv_old_17', '17', 'Hòa Bình', 'PROVINCE', null, '2025-06-30', 'prv_25'),
      ('prv_old_19', '19', 'Thái Nguyên', 'PROVINCE', null, '2025-06-30', 'prv_19'),
      ('prv_old_20', '20', 'Lạng Sơn', 'PROVINCE', null, '2025-06-30', 'prv_20'),
      ('prv_old_22', '22', 'Quảng Ninh', 'PROVINCE', null, '2025-06-30', 'prv_22'),
      ('prv_old_24', '24', 'Bắc Giang', 'PROVINCE', null, '2025-06-30', 'prv_24'),
      ('prv_old_25', '25', 'Phú Thọ', 'PROVINCE', null, '2025-06-30', 'prv_25'),
      ('prv_old_26', '26', 'Vĩnh Phúc', 'PROVINCE', null, '2025-06-30', 'prv_25'),
      ('prv_old_27', '27', 'Bắc Ninh', 'PROVINCE', null, '2025-06-30', 'prv_24'),
      ('prv_old_30', '30', 'Hải Dương', 'PROVINCE', null, '2025-06-30', 'prv_31'),
      ('prv_old_31', '31', 'Hải Phòng', 'CITY', null, '2025-06-30', 'prv_31'),
      ('prv_old_33', '33', 'Hưng Yên', 'PROVINCE', null, '2025-06-30', 'prv_33'),
      ('prv_old_34', '34', 'Thái Bình', 'PROVINCE', null, '2025-06-30', 'prv_33'),
      ('prv_old_35', '35', 'Hà Nam', 'PROVINCE', null, '2025-06-30', 'prv_37'),
      ('prv_old_36', '36', 'Nam Định', 'PROVINCE', null, '2025-06-30', 'prv_37'),
      ('prv_old_37', '37', 'Ninh Bình', 'PROVINCE', null, '2025-06-30', 'prv_37'),
      ('prv_old_38', '38', 'Thanh Hóa', 'PROVINCE', null, '2025-06-30', 'prv_38'),
      ('prv_old_40', '40', 'Nghệ An', 'PROVINCE', null, '2025-06-30', 'prv_40'),
      ('prv_old_42', '42', 'Hà Tĩnh', 'PROVINCE', null, '2025-06-30', 'prv_42'),
      ('prv_old_44', '44', 'Quảng Bình', 'PROVINCE', null, '2025-06-30', 'prv_44'),
      ('prv_old_45', '45', 'Quảng Trị', 'PROVINCE', null, '2025-06-30', 'prv_44'),
      ('prv_old_46', '46', 'Thừa Thiên Huế', 'PROVINCE', null, '2025-06-30', 'prv_46'),
      ('prv_old_48', '48', 'Đà Nẵng', 'CITY', null, '2025-06-30', 'prv_48'),
      ('prv_old_49', '49', 'Quảng Nam', 'PROVINCE', null, '2025-06-30', 'prv_48'),
      ('prv_old_51', '51', 'Quảng Ngãi', 'PROVINCE', null, '2025-06-30', 'prv_51'),
      ('prv_old_52', '52', 'Bình Định', 'PROVINCE', null, '2025-06-30', 'prv_52'),
      ('prv_old_54', '54', 'Phú Yên', 'PROVINCE', null, '2025-06-30', 'prv_66'),
      ('prv_old_56', '56', 'Khánh Hòa', 'PROVINCE', null, '2025-06-30', 'prv_56'),
      ('prv_old_58', '58', 'Ninh Thuận', 'PROVINCE', null, '2025-06-30', 'prv_56'),
      ('prv_old_60', '60', 'Bình Thuận', 'PROVINCE', null, '2025-06-30', 'prv_68'),
      ('prv_old_62', '62', 'Kon Tum', 'PROVINCE', null, '2025-06-30', 'prv_51'),
      ('prv_old_64', '64', 'Gia Lai', 'PROVINCE', null, '2025-06-30', 'prv_52'),
      ('prv_old_66', '66', 'Đắk Lắk', 'PROVINCE', null, '2025-06-30', 'prv_66'),
      ('prv_old_67', '67', 'Đắk Nông', 'PROVINCE', null, '2025-06-30', 'prv_68'),
      ('prv_old_68', '68', 'Lâm Đồng', 'PROVINCE', null, '2025-06-30', 'prv_68'),
      ('prv_old_70', '70', 'Bình Phước', 'PROVINCE', null, '2025-06-30', 'prv_75'),
      ('prv_old_72', '72', 'Tây Ninh', 'PROVINCE', null, '2025-06-30', 'prv_80'),
      ('prv_old_74', '74', 'Bình Dương', 'PROVINCE', null, '2025-06-30', 'prv_79'),
      ('prv_old_75', '75', 'Đồng Nai', 'PROVINCE', null, '2025-06-30', 'prv_75'),
      ('prv_old_77', '77', 'Bà Rịa - Vũng Tàu', 'PROVINCE', null, '2025-06-30', 'prv_79'),
      ('prv_old_79', '79', 'Hồ Chí Minh', 'CITY', null, '2025-06-30', 'prv_79'),
      ('prv_old_80', '80', 'Long An', 'PROVINCE', null, '2025-06-30', 'prv_80'),
      ('prv_old_82', '82', 'Tiền Giang', 'PROVINCE', null, '2025-06-30', 'prv_82'),
      ('prv_old_83', '83', 'Bến Tre', 'PROVINCE', null, '2025-06-30', 'prv_86'),
      ('prv_old_84', '84', 'Trà Vinh', 'PROVINCE', null, '2025-06-30', 'prv_86'),
      ('prv_old_86', '86', 'Vĩnh Long', 'PROVINCE', null, '2025-06-30', 'prv_86'),
      ('prv_old_87', '87', 'Đồng Tháp', 'PROVINCE', null, '2025-06-30', 'prv_82'),
      ('prv_old_89', '89', 'An Giang', 'PROVINCE', null, '2025-06-30', 'prv_91'),
      ('prv_old_91', '91', 'Kiên Giang', 'PROVINCE', null, '2025-06-30', 'prv_91'),
      ('prv_old_92', '92', 'Cần Thơ', 'CITY', null, '2025-06-30', 'prv_92'),
      ('prv_old_93', '93', 'Hậu Giang', 'PROVINCE', null, '2025-06-30', 'prv_92'),
      ('prv_old_94', '94', 'Sóc Trăng', 'PROVINCE', null, '2025-06-30', 'prv_92'),
      ('prv_old_95', '95', 'Bạc Liêu', 'PROVINCE', null, '2025-06-30', 'prv_96'),
      ('prv_old_96', '96', 'Cà Mau', 'PROVINCE', null, '2025-06-30', 'prv_96');`);

    // OCOP classification under Decision 148/QĐ-TTg (2023): sub-groups and the 26 product sets, as
    // transcribed by the project; correct wording with a data migration, never by editing this one.
    this.addSql(`insert into "product_subgroup" ("code", "group", "name", "name_en", "position") values
      ('1.1', 'FOOD', 'Thực phẩm tươi sống', 'Fresh food', 1),
      ('1.2', 'FOOD', 'Thực phẩm thô, sơ chế', 'Raw and minimally processed food', 2),
      ('1.3', 'FOOD', 'Thực phẩm chế biến', 'Processed food', 3),
      ('1.4', 'FOOD', 'Gia vị', 'Spices and condiments', 4),
      ('1.5', 'FOOD', 'Chè', 'Tea', 5),
      ('1.6', 'FOOD', 'Cà phê, ca cao', 'Coffee and cocoa', 6),
      ('2.1', 'BEVERAGES', 'Đồ uống có cồn', 'Alcoholic beverages', 7),
      ('2.2', 'BEVERAGES', 'Đồ uống không cồn', 'Non-alcoholic beverages', 8),
      ('3.1', 'HERBAL', 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền', 'Functional foods, herbal and traditional medicines', 9),
      ('3.2', 'HERBAL', 'Mỹ phẩm từ dược liệu', 'Herbal cosmetics', 10),
      ('3.3', 'HERBAL', 'Trà dược liệu và sản phẩm khác từ dược liệu', 'Herbal teas and other herbal products', 11),
      ('4.1', 'HANDICRAFTS', 'Thủ công mỹ nghệ, gia dụng, trang trí', 'Handicrafts, household and decorative goods', 12),
      ('4.2', 'HANDICRAFTS', 'Vải, may mặc', 'Textiles and garments', 13),
      ('5.1', 'ORNAMENTAL', 'Hoa, cây cảnh, động vật cảnh', 'Flowers, ornamental plants and animals', 14),
      ('6.1', 'TOURISM', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community-based tourism, eco-tourism and tourist points', 15);`);
    this.addSql(`insert into "product_set" ("code", "subgroup_code", "name", "name_en", "position") values
      ('01', '1.1', 'Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruits and nuts', 1),
      ('02', '1.1', 'Thịt, trứng, sữa tươi', 'Fresh meat, eggs and milk', 2),
      ('03', '1.2', 'Gạo, ngũ cốc, hạt', 'Rice, cereals and grains', 3),
      ('04', '1.2', 'Mật ong, sản phẩm từ mật ong', 'Honey and honey products', 4),
      ('05', '1.2', 'Thịt, thủy sản sơ chế, đông lạnh', 'Minimally processed or frozen meat and seafood', 5),
      ('06', '1.3', 'Đồ ăn nhanh', 'Convenience food', 6),
      ('07', '1.3', 'Chế biến từ gạo, ngũ cốc', 'Processed rice and cereal products', 7),
      ('08', '1.3', 'Chế biến từ rau, củ, quả, hạt', 'Processed vegetable, fruit and nut products', 8),
      ('09', '1.3', 'Chế biến từ thịt, trứng, sữa', 'Processed meat, egg and dairy products', 9),
      ('10', '1.3', 'Chế biến từ thủy sản', 'Processed seafood', 10),
      ('11', '1.4', 'Tương, nước mắm, gia vị dạng lỏng', 'Sauces, fish sauce and liquid condiments', 11),
      ('12', '1.4', 'Gia vị khác', 'Other spices', 12),
      ('13', '1.5', 'Chè tươi, chè chế biến', 'Fresh and processed tea', 13),
      ('14', '1.6', 'Cà phê, ca cao', 'Coffee and cocoa', 14),
      ('15', '2.1', 'Rượu trắng', 'Rice and grain spirits', 15),
      ('16', '2.1', 'Đồ uống có cồn khác', 'Other alcoholic beverages', 16),
      ('17', '2.2', 'Nước khoáng, nước uống tinh khiết', 'Mineral and purified water', 17),
      ('18', '2.2', 'Đồ uống không cồn khác', 'Other non-alcoholic beverages', 18),
      ('19', '3.1', 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền', 'Functional foods, herbal and traditional medicines', 19),
      ('20', '3.2', 'Mỹ phẩm', 'Cosmetics', 20),
      ('21', '3.3', 'Trà dược liệu, sản phẩm khác từ dược liệu', 'Herbal teas and other herbal products', 21),
      ('22', '4.1', 'Thủ công mỹ nghệ, trang trí', 'Handicrafts and decorative goods', 22),
      ('23', '4.1', 'Đồ gia dụng', 'Household goods', 23),
      ('24', '4.2', 'Vải, may mặc', 'Textiles and garments', 24),
      ('25', '5.1', 'Hoa, cây cảnh, động vật cảnh', 'Flowers, ornamental plants and animals', 25),
      ('26', '6.1', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community-based tourism, eco-tourism and tourist points', 26);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "province" where "id" ~ '^prv_(old_)?[0-9]{2}$';`);
    this.addSql(`alter table "product_set" drop constraint "product_set_subgroup_code_foreign";`);
    this.addSql(`alter table "product" drop constraint "product_product_set_code_foreign";`);
    this.addSql(`alter table "commune" drop constraint "commune_successor_id_foreign";`);
    this.addSql(`alter table "producer" drop constraint "producer_commune_id_foreign";`);

    this.addSql(`drop table if exists "product_subgroup" cascade;`);
    this.addSql(`drop table if exists "product_set" cascade;`);
    this.addSql(`drop table if exists "commune" cascade;`);
    this.addSql(`drop table if exists "product_variant" cascade;`);
    this.addSql(`drop table if exists "product_image" cascade;`);

    this.addSql(`alter table "producer" drop constraint "producer_slug_unique";`);
    this.addSql(`alter table "producer" drop constraint "producer_registration_number_unique";`);
    this.addSql(`drop index "producer_commune_id_index";`);
    this.addSql(`alter table "producer" drop column "slug", drop column "registration_number", drop column "commune_id", drop column "address_line", drop column "phone", drop column "email", drop column "website", drop column "story", drop column "logo_url", drop column "verified";`);

    this.addSql(`drop index "product_product_set_code_index";`);
    this.addSql(`alter table "product" drop column "product_set_code", drop column "raw_material_area", drop column "updated_at";`);

    this.addSql(`alter table "province" drop column "kind";`);

    this.addSql(`drop type "province_kind";`);
  }

}

import { Migration20261123094117_foundation } from './Migration20261123094117_foundation.js';
import { Migration20261123095829_catalogue_model } from './Migration20261123095829_catalogue_model.js';
import { Migration20261123100936_traceability } from './Migration20261123100936_traceability.js';
import { Migration20261123101729_certification } from './Migration20261123101729_certification.js';
import { Migration20261123101730_certification_reference_data } from './Migration20261123101730_certification_reference_data.js';
import { Migration20261123101653_accounts } from './Migration20261123101653_accounts.js';
import { Migration20261123101944_search_index } from './Migration20261123101944_search_index.js';
import { Migration20261123105026_districts } from './Migration20261123105026_districts.js';
import { Migration20261123110459_dev_mail } from './Migration20261123110459_dev_mail.js';
import { Migration20261123110509_account_tokens } from './Migration20261123110509_account_tokens.js';
import { Migration20261123110513_audit_log } from './Migration20261123110513_audit_log.js';
import { Migration20261123122951_payment_webhook_event } from './Migration20261123122951_payment_webhook_event.js';
import { Migration20261123122602_tourism_operators } from './Migration20261123122602_tourism_operators.js';
import { Migration20261123122603_operator_member_role } from './Migration20261123122603_operator_member_role.js';
import { Migration20261123123153_evaluation_requests } from './Migration20261123123153_evaluation_requests.js';
import { Migration20261123123111_producer_invitations } from './Migration20261123123111_producer_invitations.js';
import { Migration20261123123103_stock_buckets } from './Migration20261123123103_stock_buckets.js';
import { Migration20261123123151_cart } from './Migration20261123123151_cart.js';
import { Migration20261123123204_orders } from './Migration20261123123204_orders.js';
import { Migration20261123123300_shipping_rates } from './Migration20261123123300_shipping_rates.js';
import { Migration20261123131817_card_payment } from './Migration20261123131817_card_payment.js';
import { Migration20261123131702_pending_transfer_index } from './Migration20261123131702_pending_transfer_index.js';

// Every migration, in order. Add new ones at the end; never edit one that has shipped.
export const migrationsList = [
  { name: 'Migration20261123094117_foundation', class: Migration20261123094117_foundation },
  { name: 'Migration20261123095829_catalogue_model', class: Migration20261123095829_catalogue_model },
  { name: 'Migration20261123100936_traceability', class: Migration20261123100936_traceability },
  { name: 'Migration20261123101729_certification', class: Migration20261123101729_certification },
  { name: 'Migration20261123101730_certification_reference_data', class: Migration20261123101730_certification_reference_data },
  { name: 'Migration20261123101653_accounts', class: Migration20261123101653_accounts },
  { name: 'Migration20261123101944_search_index', class: Migration20261123101944_search_index },
  { name: 'Migration20261123105026_districts', class: Migration20261123105026_districts },
  { name: 'Migration20261123110459_dev_mail', class: Migration20261123110459_dev_mail },
  { name: 'Migration20261123110509_account_tokens', class: Migration20261123110509_account_tokens },
  { name: 'Migration20261123110513_audit_log', class: Migration20261123110513_audit_log },
  { name: 'Migration20261123122951_payment_webhook_event', class: Migration20261123122951_payment_webhook_event },
  { name: 'Migration20261123122602_tourism_operators', class: Migration20261123122602_tourism_operators },
  { name: 'Migration20261123122603_operator_member_role', class: Migration20261123122603_operator_member_role },
  { name: 'Migration20261123123153_evaluation_requests', class: Migration20261123123153_evaluation_requests },
  { name: 'Migration20261123123111_producer_invitations', class: Migration20261123123111_producer_invitations },
  { name: 'Migration20261123123103_stock_buckets', class: Migration20261123123103_stock_buckets },
  { name: 'Migration20261123123151_cart', class: Migration20261123123151_cart },
  { name: 'Migration20261123123204_orders', class: Migration20261123123204_orders },
  { name: 'Migration20261123123300_shipping_rates', class: Migration20261123123300_shipping_rates },
  { name: 'Migration20261123131817_card_payment', class: Migration20261123131817_card_payment },
  { name: 'Migration20261123131702_pending_transfer_index', class: Migration20261123131702_pending_transfer_index },
];

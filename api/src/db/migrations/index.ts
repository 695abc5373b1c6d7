import { Migration20261123094117_foundation } from './Migration20261123094117_foundation.js';

// Every migration, in order. Add new ones at the end; never edit one that has shipped.
export const migrationsList = [
  { name: 'Migration20261123094117_foundation', class: Migration20261123094117_foundation },
];

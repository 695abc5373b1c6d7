import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database.js';
import { rows } from './sql.js';
import { inTransaction } from './unit-of-work.js';

const { orm } = await testDatabase();

describe('inTransaction', () => {
  it('commits the statements of every service sharing the EntityManager together', async () => {
    const em = orm.em.fork();
    await rows(em, `create table uow_probe (n int primary key)`);
    await inTransaction(em, async () => {
      await rows(em, `insert into uow_probe values (1)`);
      await inTransaction(em, () => rows(em, `insert into uow_probe values (2)`));
    });
    expect(await rows(orm.em.fork(), `select n from uow_probe order by n`)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('rolls all of them back when the work fails', async () => {
    const em = orm.em.fork();
    await rows(em, `create table uow_probe2 (n int primary key)`);
    await expect(
      inTransaction(em, async () => {
        await rows(em, `insert into uow_probe2 values (1)`);
        await rows(em, `insert into uow_probe2 values (1)`);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await rows(orm.em.fork(), `select n from uow_probe2`)).toEqual([]);
    // The EntityManager is usable again afterwards.
    expect(await rows(em, `select 1 as one`)).toEqual([{ one: 1 }]);
  });
});

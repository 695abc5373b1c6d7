import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database.js';
import { rows } from './sql.js';
import { inTransaction, markExternalCall, retryingTransaction } from './unit-of-work.js';

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

/** Raises a real serialization failure (SQLSTATE 40001) from inside the transaction. */
const serializationFailure = `do $$ begin raise exception 'could not serialize access (forced)' using errcode = 'serialization_failure'; end $$`;

describe('retryingTransaction', () => {
  it('runs a transaction chosen as a deadlock victim (40P01) again and commits it once', async () => {
    const setup = orm.em.fork();
    await rows(setup, `create table deadlock_probe (id int primary key, n int not null)`);
    await rows(setup, `insert into deadlock_probe values (1, 0), (2, 0)`);
    let bHoldsRow2!: () => void;
    const row2Locked = new Promise<void>((resolve) => (bHoldsRow2 = resolve));
    let aHoldsRow1!: () => void;
    const row1Locked = new Promise<void>((resolve) => (aHoldsRow1 = resolve));
    const retried: string[] = [];
    let runs = 0;

    // A locks 1 then 2; B locks 2 then 1. A checks for deadlocks after 50 ms, B after 10 s: A is the victim.
    const a = retryingTransaction(
      orm.em.fork(),
      async (tx) => {
        runs++;
        await rows(tx, `set local deadlock_timeout = '50ms'`);
        await rows(tx, `update deadlock_probe set n = n + 1 where id = 1`);
        if (runs === 1) {
          aHoldsRow1();
          await row2Locked;
        }
        await rows(tx, `update deadlock_probe set n = n + 1 where id = 2`);
        return runs;
      },
      { onRetry: (e) => retried.push((e as { code?: string }).code ?? String(e)) },
    );
    const b = orm.em.fork().transactional(async (tx) => {
      await rows(tx, `set local deadlock_timeout = '10s'`);
      await row1Locked;
      await rows(tx, `update deadlock_probe set n = n + 10 where id = 2`);
      bHoldsRow2();
      await rows(tx, `update deadlock_probe set n = n + 10 where id = 1`);
    });

    expect(await a).toBe(2);
    await b;
    expect(retried).toEqual(['40P01']);
    // Both committed, A exactly once: no half of the aborted attempt is left.
    expect(await rows(orm.em.fork(), `select id, n from deadlock_probe order by id`)).toEqual([{ id: 1, n: 11 }, { id: 2, n: 11 }]);
  });

  it('runs a serialization failure (40001) again, at most `attempts` times, rolling each attempt back', async () => {
    const setup = orm.em.fork();
    await rows(setup, `create table serialization_probe (n int)`);
    let runs = 0;
    await expect(
      retryingTransaction(
        orm.em.fork(),
        async (tx) => {
          runs++;
          await rows(tx, `insert into serialization_probe values (?)`, [runs]);
          await rows(tx, serializationFailure);
        },
        { attempts: 3, backoffMs: 1 },
      ),
    ).rejects.toMatchObject({ code: '40001' });
    expect(runs).toBe(3);
    expect(await rows(orm.em.fork(), `select n from serialization_probe`)).toEqual([]);

    runs = 0;
    const value = await retryingTransaction(orm.em.fork(), async (tx) => {
      runs++;
      await rows(tx, `insert into serialization_probe values (?)`, [runs]);
      if (runs === 1) await rows(tx, serializationFailure);
      return 'done';
    }, { backoffMs: 1 });
    expect(value).toBe('done');
    expect(await rows(orm.em.fork(), `select n from serialization_probe`)).toEqual([{ n: 2 }]);
  });

  it('never runs again a transaction that called an external gateway, nor other errors', async () => {
    let runs = 0;
    await expect(
      retryingTransaction(orm.em.fork(), async (tx) => {
        runs++;
        markExternalCall(); // e.g. a card refund went out
        await rows(tx, serializationFailure);
      }, { backoffMs: 1 }),
    ).rejects.toMatchObject({ code: '40001' });
    expect(runs).toBe(1);

    runs = 0;
    await expect(
      retryingTransaction(orm.em.fork(), async (tx) => {
        runs++;
        await rows(tx, `select 1 / 0`);
      }, { backoffMs: 1 }),
    ).rejects.toThrow(/division by zero/);
    expect(runs).toBe(1);
  });
});

// The route wrapper installed at boot (common/http/request-transaction.ts), on hand-made controllers.
import 'reflect-metadata';
import { Controller, Get, Post } from '@nestjs/common';
import { Reflector, type ModulesContainer } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import type { RlsTransactions } from '../../src/common/database/rls-transactions';
import { Authenticated } from '../../src/common/decorators/access.decorator';
import { installRequestTransactions, SingleRead } from '../../src/common/http/request-transaction';
import { Idempotent } from '../../src/common/idempotency/idempotency.interceptor';

function install(...controllers: Function[]): number {
  const module = {
    controllers: new Map(
      controllers.map((c) => [c.name, { metatype: c, instance: Reflect.construct(c, []) }]),
    ),
  };
  const modules = new Map([['test', module]]) as unknown as ModulesContainer;
  return installRequestTransactions(modules, {} as RlsTransactions, new Reflector());
}

describe('installRequestTransactions', () => {
  it('refuses at boot an idempotent route without the request transaction (its key would be ignored)', () => {
    @Controller('x')
    class NoTransaction {
      @Post()
      @Authenticated({ transaction: false })
      @Idempotent()
      pay(): void {}
    }
    expect(() => install(NoTransaction)).toThrow(
      /NoTransaction\.pay: @Idempotent\(\) needs the request transaction/,
    );
  });

  it('wraps idempotent routes, @Idempotent() on the class included', () => {
    @Controller('y')
    @Idempotent()
    class WholeClass {
      @Post()
      @Authenticated()
      pay(): void {}
    }
    const before = WholeClass.prototype.pay;
    expect(install(WholeClass)).toBe(1);
    // The idempotent wrapper declares the reply (passthrough) after the request.
    const args = Reflect.getMetadata('__routeArguments__', WholeClass, 'pay') as Record<string, unknown>;
    expect(Object.keys(args).sort()).toEqual(['0:0', '1:1']);
    expect(WholeClass.prototype.pay).not.toBe(before);
  });

  it('refuses at boot a single-read route that is idempotent or has no request transaction', () => {
    @Controller('z')
    class Idem {
      @Post()
      @Authenticated()
      @Idempotent()
      @SingleRead()
      pay(): void {}
    }
    expect(() => install(Idem)).toThrow(
      /Idem\.pay: @SingleRead\(\) needs the request transaction and no @Idempotent/,
    );
    @Controller('w')
    class Own {
      @Get()
      @Authenticated({ transaction: false })
      @SingleRead()
      read(): void {}
    }
    expect(() => install(Own)).toThrow(/Own\.read: @SingleRead\(\)/);
  });

  it('refuses at boot a single-read route that is not a GET (a class-level @SingleRead() included)', () => {
    @Controller('v')
    @SingleRead()
    class Mixed {
      @Get()
      @Authenticated()
      read(): void {}
      @Post()
      @Authenticated()
      write(): void {}
    }
    expect(() => install(Mixed)).toThrow(/Mixed\.write: @SingleRead\(\) is for GET routes/);
  });
});

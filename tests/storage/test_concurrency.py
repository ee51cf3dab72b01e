"""Two buyers of one customer booking at the same moment, from two processes, on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal

from bot.app import App
from handlers.allowances import balance
from storage.models import Buyer, ChatIdentity, LedgerEntry
from tests.chat import Chat
from tests.conftest import NOW
from tests.storage.race_worker import serve

ROUNDS = 6


async def _second_buyer(app: App) -> None:
    async with app.unit() as uow:
        buyer = Buyer(handle="launch2", name="Jonas Krüger", customer_id=1)
        uow.repos.add(buyer)
        await uow.repos.flush()
        uow.repos.add(
            ChatIdentity(
                channel="console", external_id="launch2", buyer_id=buyer.id, created_at=NOW
            )
        )
        await uow.commit()


async def _set_pool_to_one_hour(app: App) -> None:
    """Top the pool up so exactly one hour is left before each round."""
    async with app.unit() as uow:
        contract = await uow.repos.contracts.get(1)
        assert contract is not None
        spec = app.catalog.package("oura-launch-kit").spec.allowances["pool"]
        left = (await balance(uow.repos, contract, "pool", spec, NOW.date())).left
        uow.repos.add(
            LedgerEntry(
                contract_id=1,
                allowance="pool",
                kind="grant",
                quantity=Decimal(1) - left,
                created_at=NOW,
            )
        )
        await uow.commit()


async def _pool(app: App) -> tuple[Decimal, Decimal]:
    async with app.unit() as uow:
        sums = await uow.repos.contracts.ledger_sums(1, "pool")
        granted, used = sums["grant"], sums["debit"]
        return granted, used


async def test_the_pool_is_never_overdrawn_by_simultaneous_bookings(
    pg_app: App, postgres_url: str
) -> None:
    """With one hour left, two simultaneous one-hour bookings: one is covered, the other is
    asked to confirm the overage; the pool never goes below zero, in every round."""
    await _second_buyer(pg_app)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    pipes, workers = [], []
    for user in ("launch", "launch2"):
        ours, theirs = context.Pipe()
        worker = context.Process(
            target=serve, args=(postgres_url, user, NOW.isoformat(), barrier, theirs)
        )
        worker.start()
        pipes.append(ours)
        workers.append(worker)
    try:
        for pipe in pipes:
            assert pipe.poll(60) and pipe.recv() == "ready"
        for _round in range(ROUNDS):
            await _set_pool_to_one_hour(pg_app)
            offers = [
                await Chat(pg_app)(user).say("Kick-off-Meeting buchen")
                for user in ("launch", "launch2")
            ]
            picks = [offers[0].choices[0].value, offers[1].choices[1].value]
            for pipe, pick in zip(pipes, picks, strict=True):
                pipe.send(pick)
            said = [pipe.recv() for pipe in pipes]
            # One booking is covered; the other is asked to confirm the overage, after waiting
            # for the lock (balance-changed) or, if it came a moment later, straight away (why
            # first: no hours left).
            covered = [ids for ids in said if "booking-confirmed" in ids]
            asking = {"booking-balance-changed", "booking-overage"}
            asked = [ids for ids in said if asking & set(ids)]
            assert (len(covered), len(asked)) == (1, 1), said
            granted, used = await _pool(pg_app)
            assert used <= granted
    finally:
        for pipe in pipes:
            pipe.send(None)
        for worker in workers:
            worker.join(30)

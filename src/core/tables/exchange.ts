/** tblExchangeRate (on the Donor summary): the donor currency and its rate to the plan's. */
import { column, num, str, type TableDef } from "./column";

export const exchange: TableDef = {
  key: "exchange",
  name: "tblExchangeRate",
  sheet: "donor",
  growable: false,
  protect: false,
  optional: true,
  columns: () => [
    column("currency", "col.currency", "text", { entry: true, width: 16 }),
    column("rate", "col.rate", "number", { entry: true, width: 16 }),
    column("date", "col.rateDate", "text", { entry: true, required: false, width: 16 }),
  ],
  rows: (plan) =>
    plan.exchangeRate
      ? [
          {
            currency: plan.exchangeRate.currency,
            rate: plan.exchangeRate.rate,
            date: plan.exchangeRate.date ?? null,
          },
        ]
      : [],
  read: (rows, draft) => {
    const r = rows[0];
    const currency = r ? str(r.currency) : undefined;
    const rate = r ? num(r.rate) : null;
    if (r && currency && rate !== null) draft.exchangeRate = { currency, rate, date: str(r.date) };
  },
};

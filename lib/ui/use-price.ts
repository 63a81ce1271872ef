import { useEffect, useState } from 'react';
import { creditPrice, type CreditPrice } from '../credits/money';
import { settingsItem } from '../settings/items';
import { moneyOf } from '../settings/settings';

/** The user's price per credit from the settings, following changes; null = credits only. */
export function usePrice(): CreditPrice | null {
  const [price, setPrice] = useState<CreditPrice | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((s) => setPrice(creditPrice(moneyOf(s))));
    return settingsItem.watch((s) => setPrice(s ? creditPrice(moneyOf(s)) : null));
  }, []);
  return price;
}

import { VIEW_ROW_CAP, type AppGroup } from '../lib/ui/ledger-apps';
import { appLabel } from '../lib/ui/app-label';
import { formatCredits } from '../lib/ui/format';
import { useLocale } from '../lib/ui/locale';

/** The filtered prompts per app: how many, and the credits they came to. */
export function LedgerAppGroups({ groups, capped }: { groups: readonly AppGroup[]; capped: boolean }) {
  const { intl, t } = useLocale();
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">{t('ledger.byApp')}</h2>
      <table data-testid="ledger-app-groups">
        <thead>
          <tr>
            <th scope="col">{t('col.app')}</th>
            <th scope="col">{t('ledger.prompts')}</th>
            <th scope="col">{t('ledger.credits')}</th>
            <th scope="col">{t('ledger.measured')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr
              key={g.appId ?? ''}
              data-testid="ledger-app-group"
              data-app-id={g.appId ?? ''}
              data-prompts={g.prompts}
              data-credits={g.credits}
            >
              <td title={g.appId ?? undefined}>{appLabel(t, g.appId, g.name)}</td>
              <td className="num">{g.prompts}</td>
              <td className="num">{formatCredits(g.credits, intl)}</td>
              <td className="num">{g.measured}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {capped && <p className="small muted">{t('ledger.capped', { count: VIEW_ROW_CAP })}</p>}
    </section>
  );
}

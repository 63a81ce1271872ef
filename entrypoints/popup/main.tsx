import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { publishedItem } from '../../lib/background/published';
import { LocaleProvider } from '../../lib/ui/locale';
import { App } from './App';

performance.mark('cm-script');
// The published summary is read before the first render, so that render already shows the numbers
// (one storage read, no round trip to the background).
void publishedItem
  .getValue()
  .catch(() => null)
  .then((published) =>
    createRoot(document.getElementById('root')!).render(
      <LocaleProvider titleKey="appName">
        <App published={published} />
      </LocaleProvider>,
    ),
  );

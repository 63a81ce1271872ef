import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { prefetchSummary } from '../../lib/ui/use-summary';
import { LocaleProvider } from '../../lib/ui/locale';
import { App } from './App';

performance.mark('cm-script');
prefetchSummary();
createRoot(document.getElementById('root')!).render(
  <LocaleProvider titleKey="appName">
    <App />
  </LocaleProvider>,
);

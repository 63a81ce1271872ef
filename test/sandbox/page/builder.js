/* The sandbox builder page: a single-page app imitating Base44's editor (base44-facts.md, "The builder
   page"). Plain DOM, no framework; every route change rebuilds the chat column, so the composer is a
   NEW element each time, as when React remounts it (invented: the facts file says only that routes
   change without reloads). Config comes from window.__SANDBOX__.

   How it talks to the server follows base44/cli where that shows anything: a chat turn is one POST
   held open until the turn settles, and the turn is followed by polling the full conversation about
   once a second (apps/stream.ts); the alternatives marked "invented" below are the sandbox's own.
   Markup the facts file names (message ids, .justify-end, the composer's placeholder, send button,
   bottom row and Discuss toggle, "Thought for Ns", More Actions → "Credits Used", the logo menu) is
   cited where it is built; every other text, label and attribute is invented unless a comment says
   otherwise, and tests that rely on one say so. */
/* global window, document, history, location, fetch, crypto, URLSearchParams, TextDecoder, setTimeout, clearTimeout */
(function () {
  'use strict';
  var cfg = window.__SANDBOX__;
  var token = cfg.token;
  // invented: ?lang=he&dir=rtl sets <html lang dir>, to show a builder in a right-to-left language
  // (how Base44 marks its own page's language is not in the facts file).
  (function () {
    var q = new URLSearchParams(location.search);
    if (q.get('lang')) document.documentElement.setAttribute('lang', q.get('lang'));
    if (q.get('dir') === 'rtl' || q.get('dir') === 'ltr')
      document.documentElement.setAttribute('dir', q.get('dir'));
  })();
  // Chosen once per page load: ?composer=contenteditable, else the server's setting.
  var composerKind =
    new URLSearchParams(location.search).get('composer') === 'contenteditable' ||
    (cfg.composer === 'contenteditable' &&
      new URLSearchParams(location.search).get('composer') !== 'textarea')
      ? 'contenteditable'
      : 'textarea';
  var discuss = false;
  var workspaces = [];
  var currentWs = null;
  var lastPool = null;
  var onPool = null;
  var routeCleanups = [];
  var routeGen = 0;
  var PLACEHOLDER_BUILD = 'What would you like to change?';
  var PLACEHOLDER_DISCUSS = 'What would you like to discuss?';
  // facts file: the home page has a new-app prompt box; its placeholder text is invented.
  var PLACEHOLDER_HOME = 'Describe the app you want to create...';
  var TERMINAL = [
    'success_build',
    'error_build',
    'error_backend',
    'error_paywall',
    'stopped',
    'success_no_generation',
  ];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'on')
        Object.keys(v).forEach(function (ev) {
          node.addEventListener(ev, v[ev]);
        });
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  // ---- API, with the token refresh clients do on a 401 (facts file; the refresh call is invented) ----
  var refreshing = null;
  function refreshToken() {
    if (!refreshing)
      refreshing = fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: cfg.refreshToken }),
      })
        .then(function (res) {
          return res.ok ? res.json() : null;
        })
        .then(
          function (j) {
            refreshing = null;
            if (j && j.access_token) {
              token = j.access_token;
              return true;
            }
            return false;
          },
          function () {
            refreshing = null;
            return false;
          },
        );
    return refreshing;
  }

  // Several requests can fail at once when the session ends: go to the sign-in page once, so a
  // second navigation does not abort the first (invented page behaviour, like the route itself).
  var signingOut = false;
  function goToSignIn() {
    if (signingOut) return;
    signingOut = true;
    location.assign('/login');
  }

  function api(method, path, body, retried) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      if (res.status === 401 && !retried)
        return refreshToken().then(function (ok) {
          if (ok) return api(method, path, body, true);
          goToSignIn();
          return { ok: false, status: 401, json: null };
        });
      return res.text().then(function (text) {
        var json;
        try {
          json = JSON.parse(text);
        } catch {
          json = null; // malformed JSON or an HTML error page
        }
        return { ok: res.ok, status: res.status, json: json };
      });
    });
  }

  /** An event stream read with a reader; `onEvent(data)` per `data:` event; returns a cancel function. */
  function readStream(path, onEvent, onEnd) {
    var reader = null;
    var cancelled = false;
    fetch(path, { headers: { Authorization: 'Bearer ' + token } })
      .then(function (res) {
        if (!res.ok || !res.body) return onEnd && onEnd();
        reader = res.body.getReader();
        if (cancelled) return reader.cancel();
        var decoder = new TextDecoder();
        var buf = '';
        function pump() {
          return reader.read().then(function (r) {
            if (r.done || cancelled) return onEnd && onEnd();
            buf += decoder.decode(r.value, { stream: true });
            var parts = buf.split('\n\n');
            buf = parts.pop();
            parts.forEach(function (part) {
              var data = part
                .split('\n')
                .filter(function (l) {
                  return l.indexOf('data: ') === 0;
                })
                .map(function (l) {
                  return l.slice(6);
                })
                .join('\n');
              try {
                onEvent(data ? JSON.parse(data) : null);
              } catch {
                // a broken event is skipped
              }
            });
            return pump();
          });
        }
        return pump();
      })
      .catch(function () {
        if (onEnd) onEnd();
      });
    return function cancel() {
      if (cancelled) return;
      cancelled = true;
      if (reader) reader.cancel().catch(function () {});
    };
  }

  function fmt(n) {
    return (Math.round(n * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
  }

  // ---- routes --------------------------------------------------------------------------------------
  function route() {
    var m = location.pathname.match(/^\/apps\/([0-9a-f]{24})\/editor(\/.*)?$/);
    if (m) return { kind: 'editor', appId: m[1], sub: m[2] || '/preview' };
    if (location.pathname === '/login') return { kind: 'login' };
    if (location.pathname.indexOf('/settings') === 0) return { kind: 'settings' };
    return { kind: 'home' };
  }

  function appOf(id) {
    return (
      cfg.apps.filter(function (a) {
        return a.id === id;
      })[0] || null
    );
  }

  /** The app whose editor is open ('' elsewhere). */
  function appIdOfPage() {
    var r = route();
    return r.kind === 'editor' ? r.appId : '';
  }

  function appName(id) {
    var a = appOf(id);
    return a ? a.name : 'Untitled App';
  }

  function navigate(path) {
    history.pushState({}, '', path);
    render();
  }

  document.addEventListener('click', function (e) {
    var a = e.target instanceof window.Element ? e.target.closest('a[data-link]') : null;
    if (!a) return;
    e.preventDefault();
    navigate(a.getAttribute('href'));
  });
  window.addEventListener('popstate', render);

  // ---- header with the logo menu -----------------------------------------------------------------
  // invented: the logo menu shows "N credits left" (facts file says it shows remaining credits).
  var creditsLine = el('div', {
    class: 'text-sm font-medium',
    'data-testid': 'credits-left',
    text: '\u2026 credits left',
  });
  var dailyLine = el('div', { class: 'text-xs text-slate-500 hidden' });
  var workspaceLine = el('div', { class: 'text-xs text-slate-500', 'data-testid': 'current-workspace' });
  var menu = el(
    'div',
    {
      role: 'menu',
      id: 'radix-:r3:',
      'data-state': 'closed',
      hidden: true,
      class: 'absolute left-3 top-12 z-50 rounded-xl border border-slate-200 bg-white p-3 shadow-lg',
    },
    [
      el('div', { class: 'text-xs text-slate-500', text: 'Sam Sandbox' }),
      workspaceLine,
      creditsLine,
      dailyLine,
      el('a', {
        href: '/settings/credit-usage',
        'data-link': true,
        class: 'mt-2 block text-xs underline',
        text: 'Credit usage',
      }),
      el('a', { href: '/', 'data-link': true, class: 'mt-2 block text-xs underline', text: 'All apps' }),
    ],
  );
  var logo = el(
    'button',
    {
      type: 'button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'data-state': 'closed',
      class:
        'inline-flex h-8 w-8 items-center justify-center rounded-lg bg-orange-500 text-white font-semibold',
      on: {
        click: function () {
          var open = menu.hidden;
          menu.hidden = !open;
          menu.setAttribute('data-state', open ? 'open' : 'closed');
          logo.setAttribute('aria-expanded', String(open));
          logo.setAttribute('data-state', open ? 'open' : 'closed');
        },
      },
    },
    ['B'],
  );
  var nav = el('nav', { class: 'flex items-center gap-3 text-sm' });
  function renderNav() {
    nav.replaceChildren(
      el('a', {
        href: '/',
        'data-link': true,
        class: 'px-2 py-1 rounded-md hover:bg-slate-100',
        text: 'Home',
      }),
    );
    cfg.apps.forEach(function (a) {
      nav.appendChild(
        el('a', {
          href: '/apps/' + a.id + '/editor/preview',
          'data-link': true,
          'data-workspace': a.organization_id,
          class: 'px-2 py-1 rounded-md hover:bg-slate-100',
          text: a.name,
        }),
      );
    });
  }
  renderNav();
  var header = el(
    'header',
    { class: 'relative flex h-12 items-center gap-4 border-b border-slate-200 px-3' },
    [logo, menu, nav],
  );
  var main = el('main', { id: 'app-main' });
  var root = document.getElementById('root');
  root.appendChild(header);
  root.appendChild(main);

  // ---- balance ------------------------------------------------------------------------------------
  function workspaceName(id) {
    var w = workspaces.filter(function (x) {
      return x.id === id;
    })[0];
    return w ? w.name : '';
  }

  function setWorkspace(id) {
    if (!id || id === currentWs) return;
    currentWs = id;
    workspaceLine.textContent = workspaceName(id);
    refreshCredits();
  }

  /** invented: the balance endpoint is not known; control balance-endpoint picks one, or none (text only). */
  function refreshCredits() {
    var ws = currentWs;
    if (!ws) {
      creditsLine.textContent = 'Credits unavailable';
      return Promise.resolve();
    }
    if (cfg.balanceEndpoint === 'none') {
      showPool(cfg.balances && cfg.balances[ws] ? fromText(cfg.balances[ws]) : null);
      return Promise.resolve();
    }
    var billing = cfg.balanceEndpoint === 'billing';
    var path = billing
      ? '/api/billing/credits?workspace_id=' + encodeURIComponent(ws)
      : '/api/workspace/' + ws + '/credit-balance';
    return api('GET', path).then(function (r) {
      if (ws !== currentWs) return;
      var c = null;
      if (r.ok && r.json)
        c = billing ? r.json.data && (r.json.data.credit_pool || r.json.data.creditPool) : r.json.credits;
      showPool(readPool(c));
    });
  }

  function fromText(b) {
    return {
      remaining: b.message.remaining,
      limit: b.message.limit,
      used: b.message.used,
      integration: b.integration,
      dailyLimit: b.dailyLimit,
      dailyUsed: b.dailyUsed,
    };
  }

  function showPool(pool) {
    lastPool = pool;
    if (!pool) creditsLine.textContent = 'Credits unavailable';
    else {
      creditsLine.textContent = fmt(pool.remaining) + ' credits left';
      if (pool.dailyLimit !== null && pool.dailyLimit !== undefined) {
        dailyLine.classList.remove('hidden');
        dailyLine.textContent =
          fmt(Math.max(0, pool.dailyLimit - pool.dailyUsed)) +
          ' of ' +
          fmt(pool.dailyLimit) +
          ' daily credits left';
      } else dailyLine.classList.add('hidden');
    }
    if (onPool) onPool(pool);
  }

  // The page reads its own endpoint in whichever spelling the sandbox serves.
  function readPool(c) {
    if (!c) return null;
    var m = c.messages || c.message || c.message_credits || c.messageCredits;
    var i = c.integration || c.integrations || c.integration_credits || c.integrationCredits;
    if (!m) return null;
    function nums(p) {
      if (!p) return null;
      return {
        limit: p.limit !== undefined ? p.limit : p.total,
        used: p.used !== undefined ? p.used : p.usage,
        remaining: p.remaining !== undefined ? p.remaining : p.available,
      };
    }
    var mm = nums(m);
    var dailyLimit = c.daily_message_limit !== undefined ? c.daily_message_limit : c.dailyMessageLimit;
    var dailyUsed =
      c.daily_messages_used !== undefined
        ? c.daily_messages_used
        : c.daily_message_used !== undefined
          ? c.daily_message_used
          : c.dailyMessagesUsed;
    return {
      remaining: mm.remaining,
      limit: mm.limit,
      used: mm.used,
      integration: nums(i),
      dailyLimit: dailyLimit,
      dailyUsed: dailyUsed || 0,
    };
  }

  // ---- composer --------------------------------------------------------------------------------------
  function buildComposer(opts) {
    var input;
    var placeholder = opts.home ? PLACEHOLDER_HOME : discuss ? PLACEHOLDER_DISCUSS : PLACEHOLDER_BUILD;
    // facts file: a <textarea> or a contenteditable is not confirmed; the contenteditable's attributes
    // (ProseMirror-like) are invented.
    if (composerKind === 'contenteditable') {
      input = el('div', {
        contenteditable: 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        translate: 'no',
        'data-placeholder': placeholder,
        'aria-placeholder': placeholder,
        'data-empty': 'true',
        class:
          'ProseMirror min-h-[96px] w-full pl-4 pr-12 pt-3 pb-12 text-sm outline-none whitespace-pre-wrap',
      });
    } else {
      input = el('textarea', {
        rows: '4',
        placeholder: placeholder,
        class: 'w-full resize-none bg-transparent pl-4 pr-12 pt-3 pb-12 text-sm outline-none',
      });
    }
    function getText() {
      return composerKind === 'contenteditable' ? input.innerText.replace(/\n$/, '') : input.value;
    }
    function clear() {
      if (composerKind === 'contenteditable') input.innerHTML = '';
      else input.value = '';
      sync();
    }
    var send = el(
      'button',
      {
        type: 'submit',
        'aria-label': 'Send message',
        title: 'Send message',
        disabled: true,
        class:
          'absolute right-2 top-2 inline-flex h-8 w-8 items-center justify-center rounded-full text-white disabled:opacity-40 ' +
          (discuss ? 'bg-violet-600' : 'bg-slate-900'),
      },
      ['\u2191'],
    );
    function sync() {
      var empty = getText().trim() === '';
      send.disabled = empty;
      if (composerKind === 'contenteditable')
        input.setAttribute('data-empty', empty && input.textContent === '' ? 'true' : 'false');
    }
    input.addEventListener('input', sync);
    // invented: Enter sends, Shift+Enter is a newline (the usual chat-box rule; not in the facts file).
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submit();
      }
    });
    function submit() {
      var text = getText().trim();
      if (!text) return;
      clear();
      opts.onSend(text);
    }
    // facts file: the bottom row has a gear, a "+", "Visual Edit" and "Discuss"; the gear's and the
    // "+"'s aria-labels are invented.
    var row = el('div', { class: 'absolute bottom-2 left-2 right-2 flex min-w-0 items-center gap-1' }, [
      el(
        'button',
        {
          type: 'button',
          'aria-label': 'Settings',
          class:
            'inline-flex h-7 w-8 shrink-0 items-center justify-center rounded-md hover:bg-slate-100 text-slate-500',
        },
        ['\u2699'],
      ),
      el(
        'button',
        {
          type: 'button',
          'aria-label': 'Add files',
          class:
            'inline-flex h-7 w-8 shrink-0 items-center justify-center rounded-md hover:bg-slate-100 text-slate-500',
        },
        ['+'],
      ),
    ]);
    if (!opts.home) {
      row.appendChild(
        el(
          'button',
          {
            type: 'button',
            class:
              'inline-flex h-7 shrink-0 items-center gap-1 whitespace-nowrap rounded-md px-2 text-xs text-slate-700 hover:bg-slate-100',
          },
          ['Visual Edit'],
        ),
      );
      // facts file: a button with `data-state`, violet when on; its exact markup is not known. invented:
      // the values on/off (Radix Toggle's) and `aria-pressed`.
      var toggle = el(
        'button',
        {
          type: 'button',
          'data-state': discuss ? 'on' : 'off',
          'aria-pressed': String(discuss),
          class: discussClasses(discuss),
          on: {
            click: function () {
              discuss = !discuss;
              toggle.setAttribute('data-state', discuss ? 'on' : 'off');
              toggle.setAttribute('aria-pressed', String(discuss));
              toggle.className = discussClasses(discuss);
              var ph = discuss ? PLACEHOLDER_DISCUSS : PLACEHOLDER_BUILD;
              if (composerKind === 'contenteditable') {
                input.setAttribute('data-placeholder', ph);
                input.setAttribute('aria-placeholder', ph);
              } else input.setAttribute('placeholder', ph);
              send.className = send.className.replace(
                /bg-(violet-600|slate-900)/,
                discuss ? 'bg-violet-600' : 'bg-slate-900',
              );
            },
          },
        },
        ['Discuss'],
      );
      row.appendChild(toggle);
    }
    return el(
      'form',
      {
        class: 'relative rounded-2xl border border-slate-200 bg-white shadow-sm',
        on: {
          submit: function (e) {
            e.preventDefault();
            submit();
          },
        },
      },
      [input, send, row],
    );
  }

  function discussClasses(on) {
    return (
      'inline-flex h-7 shrink-0 items-center rounded-md border px-2 text-xs ' +
      (on
        ? 'bg-violet-100 text-violet-700 border-violet-300'
        : 'border-slate-200 text-slate-700 hover:bg-slate-100')
    );
  }

  // ---- messages --------------------------------------------------------------------------------------
  function outcomeOf(m) {
    return m.outcome && typeof m.outcome === 'object' ? m.outcome.backend_status : undefined;
  }

  /**
   * facts file: `id="message-{uuid}"` holding a `.justify-end` element. invented: `data-outcome` (the
   * turn's backend_status, a hook for tests; the real page's markup for it is not known) and the
   * "Not run: out of credits" / "Stopped" lines under a paywalled or stopped message.
   */
  function userMessage(m) {
    var status = outcomeOf(m);
    var node = el(
      'div',
      { id: 'message-' + m.id, class: 'group flex w-full flex-col', 'data-outcome': status },
      [
        el('div', { class: 'flex w-full justify-end' }, [
          el('div', {
            class: 'max-w-[85%] whitespace-pre-wrap rounded-2xl bg-slate-100 px-3 py-2 text-sm',
            text: m.content,
          }),
        ]),
      ],
    );
    if (status === 'error_paywall')
      node.appendChild(
        el('div', { class: 'text-right text-xs text-red-700', text: 'Not run: out of credits' }),
      );
    else if (status === 'stopped')
      node.appendChild(el('div', { class: 'text-right text-xs text-slate-500', text: 'Stopped' }));
    return node;
  }

  function parseArgs(s) {
    try {
      var v = JSON.parse(s || '');
      return v && typeof v === 'object' ? v : {};
    } catch {
      return {};
    }
  }

  function aiMessage(m, onAnswer) {
    var calls = m.tool_calls || [];
    var thought = el('div', {
      class: 'hidden text-xs text-slate-500',
      // api.ts: a message's `reasoning.content`; the fallback text is invented.
      text: (m.reasoning && m.reasoning.content) || 'Considering which components this touches.',
    });
    var toggle = el(
      'button',
      {
        type: 'button',
        'aria-expanded': 'false',
        'data-state': 'closed',
        class: 'inline-flex items-center gap-1 text-xs text-slate-500',
        on: {
          click: function () {
            var open = thought.classList.toggle('hidden') === false;
            toggle.setAttribute('aria-expanded', String(open));
            toggle.setAttribute('data-state', open ? 'open' : 'closed');
          },
        },
      },
      ['Thought for ' + (m.thought_seconds || 3) + 's'],
    );
    // docs: "More Actions" under a message shows "Credits Used". invented: the docs show the text,
    // not where its number comes from; this page asks an invented endpoint each time the menu opens
    // (messages/{id}/usage), so no chat response carries a per-prompt cost by default. Until the
    // answer arrives the menu says "Loading…" (invented), never a "Credits Used" line without a number.
    var usage = el(
      'div',
      {
        role: 'menu',
        hidden: true,
        'data-state': 'closed',
        class: 'rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-sm',
      },
      ['Loading\u2026'],
    );
    function loadUsage() {
      usage.textContent = 'Loading\u2026';
      api('GET', '/api/apps/' + appIdOfPage() + '/messages/' + m.id + '/usage').then(function (r) {
        if (usage.hidden) return;
        usage.textContent =
          r.ok && r.json && typeof r.json.credits_used === 'number'
            ? 'Credits Used: ' + fmt(r.json.credits_used)
            : 'Credits Used: unavailable';
      });
    }
    var more = el(
      'button',
      {
        type: 'button',
        'aria-label': 'More Actions',
        title: 'More Actions',
        class: 'inline-flex h-7 w-8 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100',
        on: {
          click: function () {
            usage.hidden = !usage.hidden;
            usage.setAttribute('data-state', usage.hidden ? 'closed' : 'open');
            if (!usage.hidden) loadUsage();
          },
        },
      },
      ['\u22ef'],
    );
    var steps = calls
      .filter(function (c) {
        return c.status !== 'waiting_for_user_input' && c.name !== 'ask_clarifying_questions';
      })
      .map(function (c) {
        return el('li', { class: 'flex items-center gap-2 text-xs text-slate-500' }, [
          el('span', { text: c.status === 'success' ? '\u2713' : '\u2022' }),
          parseArgs(c.arguments_string).summary || c.name,
        ]);
      });
    var questions = calls
      .filter(function (c) {
        return c.status === 'waiting_for_user_input' && c.waiting_on && c.waiting_on.kind === 'choice';
      })
      .map(function (c) {
        return questionCard(c, onAnswer);
      });
    return el(
      'div',
      { id: 'message-' + m.id, class: 'group flex w-full flex-col gap-1.5 text-sm' },
      [
        toggle,
        thought,
        steps.length
          ? el('ul', { class: 'space-y-1', style: 'list-style:none;padding:0;margin:0' }, steps)
          : null,
        el('div', { class: 'whitespace-pre-wrap', text: m.content }),
      ]
        .concat(questions)
        .concat([el('div', { class: 'flex items-center gap-1' }, [more]), usage]),
    );
  }

  /** A parked question (api.ts: status waiting_for_user_input, waiting_on.kind "choice"). */
  function questionCard(call, onAnswer) {
    var args = parseArgs(call.arguments_string);
    var q = (args.questions || [])[0] || { question: args.summary || 'A question', options: [] };
    var name = 'q-' + call.id;
    var options = (q.options || []).map(function (o, i) {
      return el('label', { class: 'flex items-center gap-2 text-xs' }, [
        el('input', { type: 'radio', name: name, value: o.label, checked: i === 0 }),
        o.label,
      ]);
    });
    var card = el('div', { class: 'rounded-md border border-slate-200 p-2', 'data-question': call.id }, [
      el('div', { class: 'text-sm font-medium', text: q.question }),
    ]);
    options.forEach(function (o) {
      card.appendChild(o);
    });
    card.appendChild(
      el(
        'button',
        {
          type: 'button',
          class: 'mt-1 rounded-md border border-slate-200 px-2 py-1 text-xs',
          on: {
            click: function () {
              var picked = card.querySelector('input:checked');
              onAnswer(call.id, picked ? picked.value : null);
            },
          },
        },
        ['Answer'],
      ),
    );
    return card;
  }

  /** invented: an error line (`role="alert"`) in the chat; every text passed to it is invented too. */
  function errorLine(text) {
    return el('div', {
      role: 'alert',
      class: 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700',
      text: text,
    });
  }

  /**
   * The chat list: the server's conversation, plus what only this page knows (messages sent but not
   * yet in the conversation, queued notes, error lines). A sent message is shown at once and takes
   * its server id when the conversation shows it (invented: how the real page shows a sent message
   * before the conversation has it is not known).
   */
  function chatView(list, onAnswer) {
    var serverBox = el('div', { class: 'space-y-3' });
    var localBox = el('div', { class: 'space-y-3' });
    // invented: a "Thinking…" line while a turn runs (the facts file does not describe one).
    var thinking = el('div', {
      class: 'hidden animate-pulse text-xs text-slate-500',
      text: 'Thinking\u2026',
    });
    list.append(serverBox, localBox, thinking);
    var rendered = {};
    var optimistic = [];
    var settled = null;
    var view = {
      pending: false,
      optimistic: optimistic,
      addLocal: function (node) {
        localBox.appendChild(node);
      },
      sent: function (text) {
        var entry = {
          content: text,
          el: userMessage({ id: crypto.randomUUID(), content: text }),
          note: null,
          failed: false,
        };
        optimistic.push(entry);
        localBox.appendChild(entry.el);
        return entry;
      },
      setThinking: function (on) {
        thinking.classList.toggle('hidden', !on);
      },
      /** Renders the conversation; true when a turn settled since the last render. */
      render: function (messages) {
        var newlySettled = false;
        var first = settled === null;
        if (first) settled = {};
        var pending = false;
        var i = 0;
        messages.forEach(function (m) {
          var status = outcomeOf(m);
          if (m.role === 'user') {
            if (status === 'pending') pending = true;
            else if (TERMINAL.indexOf(status) >= 0 && !settled[m.id]) {
              settled[m.id] = true;
              if (!first) newlySettled = true;
            }
          }
          if (m.hidden) return;
          var sig = JSON.stringify([m.content, status, m.tool_calls]);
          var r = rendered[m.id];
          if (!r) {
            var node = null;
            if (m.role === 'user') {
              // Prefer a send that did not fail; then any with the same text.
              var k = -1;
              for (var j = 0; j < optimistic.length && k < 0; j++)
                if (optimistic[j].content === m.content && !optimistic[j].failed) k = j;
              for (j = 0; j < optimistic.length && k < 0; j++) if (optimistic[j].content === m.content) k = j;
              if (k >= 0) {
                var entry = optimistic.splice(k, 1)[0];
                if (entry.note) entry.note.remove();
                node = userMessage(m);
                entry.el.replaceWith(node);
              }
            }
            if (!node) node = m.role === 'user' ? userMessage(m) : aiMessage(m, onAnswer);
            r = rendered[m.id] = { el: node, sig: sig };
          } else if (r.sig !== sig) {
            var fresh = m.role === 'user' ? userMessage(m) : aiMessage(m, onAnswer);
            r.el.replaceWith(fresh);
            r.el = fresh;
            r.sig = sig;
          }
          if (serverBox.children[i] !== r.el) serverBox.insertBefore(r.el, serverBox.children[i] || null);
          i++;
        });
        view.pending = pending;
        return newlySettled;
      },
    };
    return view;
  }

  // ---- routes ---------------------------------------------------------------------------------------
  function renderEditor(r) {
    var gen = routeGen;
    function alive() {
      return gen === routeGen;
    }
    var list = el('div', { class: 'flex-1 overflow-y-auto p-3 space-y-3', 'data-chat-list': '' });
    var view = chatView(list, answerQuestion);
    var inflight = 0;
    var following = false;
    var stopStream = null;
    // invented: a Stop button while a turn runs; it calls chat/stop (api.ts stopTurn).
    var stopButton = el(
      'button',
      {
        type: 'button',
        'aria-label': 'Stop',
        hidden: true,
        class: 'mx-3 rounded-md border border-slate-200 px-2 py-1 text-xs',
        on: {
          click: function () {
            api('POST', '/api/apps/' + r.appId + '/chat/stop').then(loadConversation);
          },
        },
      },
      ['Stop'],
    );
    function scroll() {
      list.scrollTop = list.scrollHeight;
    }
    function waiting() {
      return (
        inflight > 0 ||
        view.optimistic.some(function (e) {
          return e.note !== null;
        })
      );
    }
    function updateBusy() {
      view.setThinking(view.pending || inflight > 0);
      stopButton.hidden = !view.pending;
    }
    function show(messages, fromStream) {
      if (!alive()) return;
      if (view.render(messages)) {
        // invented: after a turn settles the page re-reads the balance (whether the real page does is
        // not known, facts file; the endpoint is invented too, see refreshCredits). When its stream
        // reported the end, it first re-reads the conversation (invented, like the stream itself: a
        // page that caches the conversation refetches it when a turn ends).
        if (fromStream) loadConversation().then(refreshCredits);
        else refreshCredits();
      }
      updateBusy();
      scroll();
    }
    function loadConversation() {
      return api('GET', '/api/apps/' + r.appId + '/chat/full-conversation?limit=50').then(function (res) {
        if (res.ok && res.json && Array.isArray(res.json.messages)) show(res.json.messages);
        return view.pending;
      });
    }
    /** Follows a running turn: polling about once a second (as base44/cli does) or an event stream (invented). */
    function follow() {
      if (following || !alive()) return;
      following = true;
      if (cfg.follow === 'stream') {
        stopStream = readStream(
          '/api/apps/' + r.appId + '/chat/stream',
          function (data) {
            if (data && Array.isArray(data.messages)) show(data.messages, true);
            maybeEndStream();
          },
          function () {
            following = false;
            stopStream = null;
          },
        );
        return;
      }
      (function tick() {
        setTimeout(function () {
          if (!alive()) return;
          loadConversation().then(function (pending) {
            if (alive() && (pending || waiting())) tick();
            else following = false;
          });
        }, 1000);
      })();
    }
    function maybeEndStream() {
      if (stopStream && (!alive() || (!view.pending && !waiting()))) {
        stopStream();
        stopStream = null;
        following = false;
      }
    }
    routeCleanups.push(function () {
      if (stopStream) stopStream();
    });

    /** A request that starts a turn: held open until the turn settles (api.ts sendTurn). */
    function held(path, body, entry) {
      inflight++;
      updateBusy();
      follow();
      api('POST', path, body).then(
        function (res) {
          inflight--;
          if (!alive()) return;
          var j = res.json;
          if (res.ok && j && j.queued) {
            // facts file: a message sent while a turn runs is queued and runs next. invented: the note.
            if (entry) {
              entry.note = el('div', {
                class: 'text-xs text-slate-500',
                'data-queued': '',
                text: 'Queued \u2014 it will run after the current message.',
              });
              view.addLocal(entry.note);
            }
          } else if (res.ok && j && j.status && j.status.state === 'error') {
            // send.ts: status.state "error", error_source "paywall" = out of credits. invented: the
            // fallback text and the line for other error sources.
            view.addLocal(
              errorLine(
                j.status.error_source === 'paywall'
                  ? j.status.message ||
                      "You're out of credits. Upgrade your plan or wait for your credits to reset."
                  : 'The turn failed (' + (j.status.error_source || 'unknown') + ').',
              ),
            );
          } else if (!res.ok) {
            // facts file: error bodies carry `message | detail`. invented: the 5xx line, and that a
            // 4xx send is taken back while a 5xx one stays (the edge's 504 does not end the turn).
            if (entry && res.status < 500) view.optimistic.splice(view.optimistic.indexOf(entry), 1);
            else if (entry) entry.failed = true;
            view.addLocal(
              errorLine(
                res.status < 500 && j && (j.message || j.detail)
                  ? j.message || j.detail
                  : 'Something went wrong (HTTP ' + res.status + '). Please try again.',
              ),
            );
          }
          loadConversation().then(function () {
            updateBusy();
            maybeEndStream();
            if (view.pending || waiting()) follow();
          });
        },
        function () {
          inflight--;
          if (entry) entry.failed = true;
          view.addLocal(errorLine('Network error. Please try again.'));
          updateBusy();
        },
      );
    }
    function sendPrompt(text) {
      var entry = view.sent(text);
      scroll();
      held(
        '/api/apps/' + r.appId + '/chat/message?conversation_messages=current_turn',
        {
          content: text,
          role: 'user',
          file_urls: [],
          custom_context: null,
          additional_message_params: { mode: discuss ? 'discuss' : 'build' },
        },
        entry,
      );
    }
    function answerQuestion(toolCallId, label) {
      // pending.ts choiceAnswers: {answers: [{question_index, selected_label}]}.
      held('/api/apps/' + r.appId + '/chat/submit-tool-call-input', {
        tool_call_id: toolCallId,
        action: 'approved',
        extra_user_input: { answers: label ? [{ question_index: 0, selected_label: label }] : [] },
      });
    }

    var composer = buildComposer({ onSend: sendPrompt });
    var chat = el('aside', { class: 'flex w-[350px] shrink-0 flex-col border-r border-slate-200 bg-white' }, [
      el('div', {
        class: 'border-b border-slate-200 px-3 py-2 text-sm font-semibold',
        text: appName(r.appId),
      }),
      list,
      stopButton,
      el('div', { class: 'p-3' }, [composer]),
    ]);
    // facts file: the editor's sub-paths; the tab labels are invented.
    var tabs = [
      ['preview', 'Preview'],
      ['workspace/overview', 'Dashboard'],
      ['workspace/code', 'Code'],
      ['data', 'Data'],
    ];
    var tabBar = el(
      'div',
      { class: 'flex items-center gap-1 border-b border-slate-200 px-3 py-2' },
      tabs.map(function (t) {
        var active = r.sub.indexOf('/' + t[0]) === 0;
        return el('a', {
          href: '/apps/' + r.appId + '/editor/' + t[0],
          'data-link': true,
          'data-state': active ? 'active' : 'inactive',
          class:
            'px-2 py-1 rounded-md text-xs ' +
            (active ? 'bg-slate-100 font-medium' : 'text-slate-500 hover:bg-slate-100'),
          text: t[1],
        });
      }),
    );
    var pane = el(
      'section',
      { class: 'flex flex-1 flex-col bg-slate-50', 'data-pane': r.sub.replace(/^\//, '') },
      [
        tabBar,
        el('div', { class: 'preview-frame flex-1 p-6' }, [
          el(
            'div',
            { class: 'mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm' },
            [
              el('div', { class: 'text-lg font-semibold', text: appName(r.appId) }),
              el('div', {
                class: 'text-sm text-slate-500',
                text: 'Live preview \u2014 ' + r.sub.replace(/^\//, ''),
              }),
            ],
          ),
        ]),
      ],
    );
    main.replaceChildren(el('div', { class: 'flex h-[calc(100vh-48px)]' }, [chat, pane]));

    // The app (its workspace pays: organization_id), then its conversation; a running turn is followed.
    api('GET', '/api/apps/' + r.appId).then(function (res) {
      if (alive() && res.ok && res.json) setWorkspace(res.json.organization_id);
    });
    loadConversation().then(function (pending) {
      if (pending) follow();
    });
    openEvents(r.appId);
  }

  /**
   * invented: a long-lived event stream opened on each editor load, read with a reader and cancelled
   * on route change or after ~5 s. The cancel time is kept for tests (window.__sandboxStreamCancelledAt).
   */
  function openEvents(appId) {
    var cancel = readStream('/api/apps/' + appId + '/events', function () {});
    var done = false;
    function stop() {
      if (done) return;
      done = true;
      clearTimeout(timer);
      window.__sandboxStreamCancelledAt = Date.now();
      cancel();
    }
    var timer = setTimeout(stop, 5000);
    routeCleanups.push(stop);
  }

  /**
   * invented: the home page's workspace picker (`select[aria-label="Workspace"]`). The facts file
   * says only that each app belongs to a workspace (`organization_id`); how the real page picks one
   * for a new app is not known.
   */
  function workspaceSwitcher() {
    var select = el('select', {
      'aria-label': 'Workspace',
      class: 'rounded-md border border-slate-200 px-2 py-1 text-xs',
      on: {
        change: function () {
          setWorkspace(select.value);
        },
      },
    });
    function fill() {
      select.replaceChildren();
      workspaces.forEach(function (w) {
        select.appendChild(el('option', { value: w.id, selected: w.id === currentWs, text: w.name }));
      });
    }
    fill();
    onWorkspaces = fill;
    return select;
  }
  var onWorkspaces = null;

  function renderHome() {
    var status = el('div', { class: 'mt-2' });
    var composer = buildComposer({
      home: true,
      onSend: function (text) {
        // api.ts createApp: the first turn starts server-side from initial_message.
        api('POST', '/api/apps', {
          name: text.slice(0, 40),
          organization_id: currentWs || undefined,
          initial_message: { content: text },
        }).then(function (res) {
          if (!res.ok || !res.json) {
            status.replaceChildren(errorLine('Could not create the app (HTTP ' + res.status + ').'));
            return;
          }
          cfg.apps.push({ id: res.json.id, name: res.json.name, organization_id: currentWs });
          renderNav();
          navigate('/apps/' + res.json.id + '/editor/preview');
        });
      },
    });
    main.replaceChildren(
      el('div', { class: 'mx-auto max-w-2xl pt-16 px-4' }, [
        el('h1', { class: 'text-2xl font-semibold text-center mb-4', text: 'What would you build today?' }),
        el('div', { class: 'mb-2 flex items-center gap-2 text-xs' }, ['Workspace', workspaceSwitcher()]),
        composer,
        status,
        el(
          'div',
          { class: 'mt-2 flex flex-wrap gap-2 text-xs' },
          cfg.apps.map(function (a) {
            return el('a', {
              href: '/apps/' + a.id + '/editor/preview',
              'data-link': true,
              class: 'rounded-full border border-slate-200 px-3 py-1 hover:bg-slate-100',
              text: a.name,
            });
          }),
        ),
      ]),
    );
    if (workspaces.length && !currentWs) setWorkspace(workspaces[0].id);
  }

  /** invented: Settings → Credit usage ("Message credits: X of Y used", "N remaining"). */
  function renderSettings() {
    var body = el('div', { 'data-testid': 'credit-usage' });
    function fill(pool) {
      if (!pool) {
        body.replaceChildren(el('div', { text: 'Credit usage unavailable' }));
        return;
      }
      var rows = [
        el('div', { text: 'Message credits: ' + fmt(pool.used) + ' of ' + fmt(pool.limit) + ' used' }),
        el('div', { text: fmt(pool.remaining) + ' remaining' }),
      ];
      if (pool.integration)
        rows.push(
          el('div', {
            text:
              'Integration credits: ' +
              fmt(pool.integration.used) +
              ' of ' +
              fmt(pool.integration.limit) +
              ' used',
          }),
        );
      if (pool.dailyLimit !== null && pool.dailyLimit !== undefined)
        rows.push(
          el('div', {
            text: 'Today: ' + fmt(pool.dailyUsed) + ' of ' + fmt(pool.dailyLimit) + ' daily credits used',
          }),
        );
      body.replaceChildren.apply(body, rows);
    }
    onPool = fill;
    fill(lastPool);
    main.replaceChildren(
      el('div', { class: 'mx-auto max-w-2xl pt-8 px-4' }, [
        el('h1', { class: 'text-2xl font-semibold mb-4', text: 'Credit usage' }),
        body,
      ]),
    );
    if (workspaces.length && !currentWs) setWorkspace(workspaces[0].id);
    else refreshCredits();
  }

  /** invented: the sign-in page a signed-out session lands on; no composer. */
  function renderLogin() {
    header.hidden = true;
    main.replaceChildren(
      el('div', { class: 'mx-auto max-w-2xl pt-16 px-4' }, [
        el('h1', { class: 'text-2xl font-semibold mb-4', text: 'Sign in' }),
        el(
          'button',
          {
            type: 'button',
            class: 'rounded-md border border-slate-200 px-3 py-1',
            on: {
              click: function () {
                fetch('/api/auth/sign-in', { method: 'POST' }).then(function () {
                  location.assign('/');
                });
              },
            },
          },
          ['Sign in'],
        ),
      ]),
    );
  }

  function render() {
    routeCleanups.splice(0).forEach(function (fn) {
      fn();
    });
    routeGen++;
    onPool = null;
    onWorkspaces = null;
    var r = route();
    document.title = r.kind === 'editor' ? appName(r.appId) + ' | Base44' : 'Base44';
    if (r.kind === 'editor') renderEditor(r);
    else if (r.kind === 'settings') renderSettings();
    else if (r.kind === 'login') renderLogin();
    else renderHome();
  }

  // ---- start ----------------------------------------------------------------------------------------
  if (!token && route().kind !== 'login') {
    location.replace('/login');
    return;
  }
  render();
  if (route().kind === 'login') return;
  // facts file: the page knows its user (`/api/auth/me`); when it asks is invented.
  api('GET', '/api/auth/me');
  api('GET', '/api/workspace/workspaces').then(function (r) {
    workspaces = (r.ok && r.json && r.json.workspaces) || [];
    if (currentWs) workspaceLine.textContent = workspaceName(currentWs);
    if (onWorkspaces) onWorkspaces();
    // On an editor route the app's workspace is current; elsewhere the personal one (listed first).
    if (route().kind !== 'editor' && !currentWs && workspaces[0]) setWorkspace(workspaces[0].id);
    else if (!currentWs && route().kind !== 'editor') refreshCredits();
  });
})();

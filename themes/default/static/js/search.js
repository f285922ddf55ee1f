/*
 * kiezpress search: progressive enhancement of /suche/. Without JavaScript the page offers the
 * topic, district and archive indexes instead. With it, this script loads /suche/index.json and
 * searches as you type: case- and umlaut-insensitive, prefix matches, title over topics over
 * summary, results announced through a polite live region, ?q= kept in the address.
 * No framework, nothing from other hosts.
 */
(function () {
  'use strict';

  var form = document.querySelector('.search-form');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var input = form.querySelector('input[type="search"]');
  var results = document.querySelector('.search-results');
  var status = document.querySelector('.search-status');
  var list = document.getElementById('suchergebnisse');
  var fallback = document.querySelector('.search-fallback');
  var lang = document.documentElement.lang || 'de';
  var texts = {
    one: form.getAttribute('data-results-one') || '{0} Treffer für „{1}“.',
    other: form.getAttribute('data-results-other') || '{0} Treffer für „{1}“.',
    none: form.getAttribute('data-no-results') || 'Keine Treffer für „{0}“.',
    loading: form.getAttribute('data-loading') || ''
  };
  var index = null;
  var announceTimer = null;

  form.hidden = false;
  results.hidden = false;
  if (fallback) {
    fallback.hidden = true;
  }

  /** Lowercase, ß→ss, umlauts and accents folded, "ue"/"ae"/"oe" read as umlauts. */
  function fold(text) {
    return String(text).toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }

  function prepare(raw) {
    var fields = raw.fields;
    var at = function (name) { return fields.indexOf(name); };
    return raw.items.map(function (row) {
      var item = {
        title: row[at('title')], url: row[at('url')], date: row[at('date')], type: row[at('type')],
        district: row[at('district')], topics: row[at('topics')] || [], summary: row[at('summary')],
        typeLabel: (raw.types || {})[row[at('type')]] || ''
      };
      item.titleWords = words(item.title);
      item.topicWords = words(item.topics.join(' ') + ' ' + item.district);
      item.summaryWords = words(item.summary);
      return item;
    });
  }

  function matches(wordList, term) {
    for (var i = 0; i < wordList.length; i++) {
      if (wordList[i].lastIndexOf(term, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /** Every term must match a word's start somewhere; title counts most, then topics, then summary. */
  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var best = matches(item.titleWords, term) ? 5 : matches(item.topicWords, term) ? 3 : matches(item.summaryWords, term) ? 1 : 0;
      if (best === 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  function search(query) {
    var terms = words(query);
    if (terms.length === 0) {
      return [];
    }
    return index
      .map(function (item) { return { item: item, score: score(item, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) {
        return b.score - a.score || (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0)
          || (a.item.url < b.item.url ? -1 : 1);
      })
      .map(function (hit) { return hit.item; });
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, n) { return values[Number(n)]; });
  }

  function longDate(iso) {
    var parts = iso.split('-');
    var date = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
    return date.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function render(hits) {
    list.textContent = '';
    hits.slice(0, 50).forEach(function (item) {
      var li = element('li', 'item');
      var heading = element('h2', 'item-title');
      var link = element('a', '', item.title);
      link.href = item.url;
      heading.appendChild(link);
      li.appendChild(heading);
      var meta = element('p', 'item-meta');
      if (item.date) {
        var time = element('time', '', longDate(item.date));
        time.setAttribute('datetime', item.date);
        meta.appendChild(time);
      }
      [item.typeLabel, item.district].forEach(function (part) {
        if (part) {
          var separator = element('span', 'sep', ' · ');
          separator.setAttribute('aria-hidden', 'true');
          meta.appendChild(separator);
          meta.appendChild(element('span', '', part));
        }
      });
      li.appendChild(meta);
      if (item.summary) {
        li.appendChild(element('p', 'item-summary', item.summary));
      }
      list.appendChild(li);
    });
  }

  function announce(query, count) {
    window.clearTimeout(announceTimer);
    // wait until typing pauses, so a screen reader hears one sentence, not one per key
    announceTimer = window.setTimeout(function () {
      if (!query.trim()) {
        status.textContent = '';
      } else if (count === 0) {
        status.textContent = format(texts.none, [query.trim()]);
      } else {
        status.textContent = format(count === 1 ? texts.one : texts.other, [count, query.trim()]);
      }
    }, 400);
  }

  function update() {
    var query = input.value;
    var hits = index ? search(query) : [];
    render(hits);
    if (index) {
      announce(query, hits.length);
    }
    var params = new URLSearchParams(window.location.search);
    if (query.trim()) {
      params.set('q', query);
    } else {
      params.delete('q');
    }
    var search_ = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (search_ ? '?' + search_ : ''));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
  input.addEventListener('input', update);

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
  }
  fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (raw) {
      index = prepare(raw);
      if (input.value) {
        update();
      }
    });
}());

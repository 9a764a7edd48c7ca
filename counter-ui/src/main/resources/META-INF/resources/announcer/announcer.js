/*
 * Voice announcer of the hall board (/display/hall): "Mời số A012 đến quầy số 3".
 *
 * A plain script served from META-INF/resources/announcer and added at runtime by HallDisplayView through
 * Page.addJavaScript: no npm package, no Vaadin frontend build. It needs no internet:
 *  - the chime is generated with WebAudio (two oscillator tones), no file;
 *  - the sentence is spoken by speechSynthesis only when the browser has a Vietnamese ("vi") voice;
 *  - otherwise it is joined from the recorded clips in vi/ (generated offline with espeak-ng's "vi" voice,
 *    11 kHz mono WAV): "mời số", the letter, each digit ("không, một, hai…"), "đến quầy số", the counter 1–20
 *    (larger counters are read digit by digit);
 *  - with neither (or while audio is still blocked) the call is only shown on the board and logged here.
 *
 * window.motcuaAnnouncer.announce(number, counter) enqueues; a single player drains the queue strictly one item
 * at a time (chime → sentence → short gap), so two calls never talk over each other. Every step has a time limit
 * (and each item a maximum duration), so a missing audio device, a stuck clip or a silent voice never blocks the
 * queue. window.motcuaAnnouncer.log holds {number, counter, mode, start, end} (ms since the epoch) per item.
 *
 * Browsers block audio until the user interacts with the page: the board shows a "Bật âm thanh" button until audio
 * is unlocked (any click or key on the page unlocks it). Kiosk-mode deployments start Chromium with
 * --autoplay-policy=no-user-gesture-required, where audio is allowed at once and the button never shows.
 */
(function () {
  'use strict';
  if (window.motcuaAnnouncer) {
    return;
  }

  var CHIME_MS = 1100;        // the two chime tones and a breath after them
  var GAP_MS = 700;           // silence between two announcements
  var CLIP_LOAD_MS = 3000;    // clips not loaded by then are left out of this announcement
  var SPEECH_MIN_MS = 4000;   // a voice that never reports its end is cut after max(this, 700 ms per word)
  var ITEM_MAX_MS = 15000;    // no announcement may hold the queue longer than this
  var LOG_SIZE = 200;

  var script = document.currentScript;
  var clipBase = new URL('vi/', script && script.src ? script.src : new URL('announcer/', document.baseURI)).href;

  var LETTERS = {
    a: 'a', b: 'bê', c: 'xê', d: 'dê', e: 'e', f: 'ép', g: 'giê', h: 'hát', i: 'i', j: 'gi', k: 'ca', l: 'e lờ',
    m: 'em mờ', n: 'en nờ', o: 'o', p: 'pê', q: 'quy', r: 'e rờ', s: 'ét xì', t: 'tê', u: 'u', v: 'vê',
    w: 'vê kép', x: 'ích xì', y: 'i dài', z: 'dét'
  };
  var DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

  var queue = [];
  var log = [];
  var playing = false;
  var gestureUnlocked = false;
  var context = null;
  var clips = {};             // clip name -> Promise<AudioBuffer|null>

  function audioContext() {
    if (!context) {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (Context) {
        try {
          context = new Context();
          context.onstatechange = showUnlocked;
        } catch (e) {
          context = null;
        }
      }
    }
    return context;
  }

  function audioRunning() {
    var c = audioContext();
    return !!c && c.state === 'running';
  }

  function unlocked() {
    return audioRunning() || (gestureUnlocked && !audioContext());
  }

  /** Hides the "Bật âm thanh" button (CSS: .motcua-audio-on .hall-sound) once audio may play. */
  function showUnlocked() {
    document.documentElement.classList.toggle('motcua-audio-on', unlocked());
  }

  /** Called on a user gesture: resumes the audio context and primes speech synthesis. */
  function unlock() {
    gestureUnlocked = true;
    var c = audioContext();
    if (c && c.state !== 'running' && c.resume) {
      c.resume().then(showUnlocked, showUnlocked);
    }
    if ('speechSynthesis' in window && window.SpeechSynthesisUtterance) {
      try {
        var primer = new SpeechSynthesisUtterance(' ');
        primer.volume = 0;
        window.speechSynthesis.speak(primer);
      } catch (e) {
        // no speech synthesis: the clips are used
      }
    }
    showUnlocked();
  }

  function wait(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  /** The promise, or a resolution after ms if it has not settled by then. */
  function atMost(promise, ms, fallback) {
    return Promise.race([promise, wait(ms).then(function () {
      return fallback;
    })]);
  }

  function chime() {
    var c = audioContext();
    if (c && c.state === 'running') {
      try {
        [[880, 0], [660, 0.45]].forEach(function (tone) {
          var oscillator = c.createOscillator();
          var gain = c.createGain();
          var at = c.currentTime + 0.05 + tone[1];
          oscillator.type = 'sine';
          oscillator.frequency.value = tone[0];
          gain.gain.setValueAtTime(0.0001, at);
          gain.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.55);
          oscillator.connect(gain).connect(c.destination);
          oscillator.start(at);
          oscillator.stop(at + 0.6);
        });
      } catch (e) {
        console.warn('[motcua-announcer] chime failed', e);
      }
    }
    return wait(CHIME_MS);
  }

  function vietnameseVoice() {
    if (!('speechSynthesis' in window) || !window.SpeechSynthesisUtterance) {
      return null;
    }
    var voices = window.speechSynthesis.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      var lang = String(voices[i].lang || '').toLowerCase().replace('_', '-');
      if (lang === 'vi' || lang.indexOf('vi-') === 0) {
        return voices[i];
      }
    }
    return null;
  }

  /** The words of the sentence, spelled for a Vietnamese voice: "Mời số a, không một hai, đến quầy số ba". */
  function sentence(number, counter) {
    var words = [];
    String(number).toLowerCase().split('').forEach(function (ch) {
      if (LETTERS[ch]) {
        words.push(LETTERS[ch] + ',');
      } else if (ch >= '0' && ch <= '9') {
        words.push(DIGITS[ch.charCodeAt(0) - 48]);
      }
    });
    return 'Mời số ' + words.join(' ') + ', đến quầy số ' + counter + '.';
  }

  function speak(text, voice) {
    return new Promise(function (resolve) {
      var done = false;
      var limit = Math.max(SPEECH_MIN_MS, text.split(/\s+/).length * 700);
      var timer = setTimeout(function () {
        try {
          window.speechSynthesis.cancel();
        } catch (e) {
          // nothing to cancel
        }
        finish();
      }, limit);
      function finish() {
        if (!done) {
          done = true;
          clearTimeout(timer);
          resolve();
        }
      }
      try {
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang || 'vi-VN';
        utterance.rate = 0.9;
        utterance.onend = finish;
        utterance.onerror = finish;
        window.speechSynthesis.speak(utterance);
      } catch (e) {
        finish();
      }
    });
  }

  /** The clip names of the sentence: moi-so, letter-a, digit-0, digit-1, digit-2, den-quay-so, counter-3. */
  function clipNames(number, counter) {
    var names = ['moi-so'];
    String(number).toLowerCase().split('').forEach(function (ch) {
      if (LETTERS[ch]) {
        names.push('letter-' + ch);
      } else if (ch >= '0' && ch <= '9') {
        names.push('digit-' + ch);
      }
    });
    names.push('den-quay-so');
    var n = Number(counter);
    if (n >= 1 && n <= 20 && Math.floor(n) === n) {
      names.push('counter-' + n);
    } else {
      String(counter).split('').forEach(function (ch) {
        if (ch >= '0' && ch <= '9') {
          names.push('digit-' + ch);
        }
      });
    }
    return names;
  }

  function clip(name) {
    if (!clips[name]) {
      var c = audioContext();
      clips[name] = !c || !window.fetch ? Promise.resolve(null) : fetch(clipBase + name + '.wav')
          .then(function (response) {
            if (!response.ok) {
              throw new Error(response.status + ' ' + name);
            }
            return response.arrayBuffer();
          })
          .then(function (bytes) {
            return new Promise(function (resolve, reject) {
              c.decodeAudioData(bytes, resolve, reject);
            });
          })
          .catch(function (e) {
            console.warn('[motcua-announcer] clip not available', name, e);
            delete clips[name];
            return null;
          });
    }
    return clips[name];
  }

  /** Plays the clips back to back, scheduled on the audio clock; resolves when the last should have ended. */
  function playClips(names) {
    return Promise.all(names.map(function (name) {
      return atMost(clip(name), CLIP_LOAD_MS, null);
    })).then(function (buffers) {
      var c = audioContext();
      if (!c || c.state !== 'running') {
        return false;
      }
      var at = c.currentTime + 0.05;
      var start = at;
      buffers.forEach(function (buffer) {
        if (buffer) {
          var source = c.createBufferSource();
          source.buffer = buffer;
          source.connect(c.destination);
          source.start(at);
          at += buffer.duration;
        }
      });
      return at === start ? false : wait((at - c.currentTime) * 1000 + 100).then(function () {
        return true;
      });
    });
  }

  function say(item, entry) {
    var voice = vietnameseVoice();
    if (voice && unlocked()) {
      entry.mode = 'speech';
      return speak(sentence(item.number, item.counter), voice);
    }
    if (audioRunning()) {
      entry.mode = 'clips';
      return playClips(clipNames(item.number, item.counter)).then(function (played) {
        if (!played) {
          entry.mode = 'silent';
        }
      });
    }
    entry.mode = 'silent';
    return Promise.resolve();
  }

  function drain() {
    if (playing || queue.length === 0) {
      return;
    }
    playing = true;
    var item = queue.shift();
    var entry = {number: item.number, counter: item.counter, mode: null, queued: item.queued, start: Date.now(),
      end: null};
    log.push(entry);
    if (log.length > LOG_SIZE) {
      log.splice(0, log.length - LOG_SIZE);
    }
    console.info('[motcua-announcer] Mời số ' + item.number + ' đến quầy số ' + item.counter);
    var work = chime().then(function () {
      return say(item, entry);
    });
    atMost(work, ITEM_MAX_MS).catch(function (e) {
      console.warn('[motcua-announcer] announcement failed', e);
    }).then(function () {
      entry.end = Date.now();
      return wait(GAP_MS);
    }).then(function () {
      playing = false;
      drain();
    });
  }

  function announce(number, counter) {
    queue.push({number: String(number), counter: counter, queued: Date.now()});
    drain();
  }

  window.motcuaAnnouncer = {
    announce: announce,
    unlock: unlock,
    unlocked: unlocked,
    log: log,
    pending: function () {
      return queue.length + (playing ? 1 : 0);
    }
  };

  // Any click, touch or key on the page is a user gesture that allows audio; the button invites one.
  ['pointerdown', 'keydown', 'click'].forEach(function (type) {
    document.addEventListener(type, unlock, true);
  });
  if ('speechSynthesis' in window && window.speechSynthesis.addEventListener) {
    window.speechSynthesis.addEventListener('voiceschanged', vietnameseVoice);
  }
  audioContext();
  showUnlocked();
  // Warm the clip cache so the first call is not late.
  ['moi-so', 'den-quay-so'].forEach(clip);

  // Calls the board made before this script had loaded.
  var early = window.motcuaAnnouncerPending || [];
  window.motcuaAnnouncerPending = [];
  early.forEach(function (call) {
    announce(call[0], call[1]);
  });
})();

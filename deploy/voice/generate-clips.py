#!/usr/bin/env python3
"""Regenerates the hall board's offline voice clips with espeak-ng's Vietnamese voice.

Usage: apt-get install -y espeak-ng; python3 deploy/voice/generate-clips.py \
         counter-ui/src/main/resources/META-INF/resources/announcer/vi
A center that prefers a human voice records files with the same names instead (16-bit mono WAV).
"""
import subprocess, wave, array, os, sys
OUT = sys.argv[1]
clips = {
  'moi-so': 'mời số',
  'den-quay-so': 'đến quầy số',
}
digits = ['không','một','hai','ba','bốn','năm','sáu','bảy','tám','chín']
for i, d in enumerate(digits): clips['digit-%d' % i] = d
letters = {'a':'a','b':'bê','c':'xê','d':'dê','e':'e','f':'ép','g':'giê','h':'hát','i':'i','j':'gi','k':'ca',
 'l':'e lờ','m':'em mờ','n':'en nờ','o':'o','p':'pê','q':'quy','r':'e rờ','s':'ét xì','t':'tê','u':'u','v':'vê',
 'w':'vê kép','x':'ích xì','y':'i dài','z':'dét'}
for k, v in letters.items(): clips['letter-' + k] = v
counters = ['một','hai','ba','bốn','năm','sáu','bảy','tám','chín','mười','mười một','mười hai','mười ba','mười bốn',
 'mười lăm','mười sáu','mười bảy','mười tám','mười chín','hai mươi']
for i, c in enumerate(counters): clips['counter-%d' % (i+1)] = c
total = 0
for name, text in clips.items():
    tmp = os.path.join(OUT, '.clip.wav')
    subprocess.run(['espeak-ng', '-v', 'vi', '-s', '140', '-w', tmp, text], check=True)
    w = wave.open(tmp); n = w.getnframes(); rate = w.getframerate()
    s = array.array('h', w.readframes(n)); w.close()
    # trim silence
    thr = 300
    a = 0
    while a < len(s) and abs(s[a]) < thr: a += 1
    b = len(s)
    while b > a and abs(s[b-1]) < thr: b -= 1
    a = max(0, a - 200); b = min(len(s), b + 400)
    s = s[a:b]
    # low-pass (3-tap) and decimate by 2: 22050 -> 11025 Hz
    out = array.array('h')
    for i in range(1, len(s) - 1, 2):
        out.append(int((s[i-1] + 2*s[i] + s[i+1]) / 4))
    path = os.path.join(OUT, name + '.wav')
    o = wave.open(path, 'wb'); o.setnchannels(1); o.setsampwidth(2); o.setframerate(rate // 2)
    o.writeframes(out.tobytes()); o.close()
    total += os.path.getsize(path)
print(len(clips), 'clips', total, 'bytes')
os.remove(os.path.join(OUT, '.clip.wav'))

#!/usr/bin/env python3
"""Writes the verdict sounds (16-bit mono 22.05 kHz WAV), one per verdict, easy to tell apart by ear:
valid = two rising notes, check-id = three short mid notes, invalid = a low buzz, other = one plain note."""
import math
import struct
import wave

RATE = 22050


def tone(freq, ms, volume=0.45, square=False):
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        t = i / RATE
        v = math.sin(2 * math.pi * freq * t)
        if square:
            v = 1.0 if v >= 0 else -1.0
            v *= 0.5
        # 8 ms fade in and out: no clicks
        fade = min(1.0, i / (RATE * 0.008), (n - i) / (RATE * 0.008))
        out.append(int(32767 * volume * v * fade))
    return out


def silence(ms):
    return [0] * int(RATE * ms / 1000)


def write(name, samples):
    with wave.open(name, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack("<%dh" % len(samples), *samples))


write("valid.wav", tone(880, 110) + silence(30) + tone(1320, 180))
write("check-id.wav", tone(660, 90) + silence(60) + tone(660, 90) + silence(60) + tone(660, 90))
write("invalid.wav", tone(196, 450, volume=0.5, square=True))
write("other.wav", tone(440, 250))

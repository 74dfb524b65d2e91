"""Screenshots of a real X server as a person sees it: xwd of the root window, read here (stdlib only)."""
import struct
import subprocess
import zlib


class Shot:
    """An RGB picture of the whole screen (or a crop of it)."""

    def __init__(self, width, height, rgb):
        self.width, self.height, self.rgb = width, height, rgb

    @staticmethod
    def take(env):
        # ImageMagick's import composes every window as the screen shows it; xwd -root leaves windows
        # of another visual (Qt's dialogs, 32-bit ARGB) black.
        data = subprocess.run(["/usr/bin/import", "-window", "root", "-depth", "8", "ppm:-"], env=env, check=True,
                              capture_output=True, timeout=20).stdout
        return Shot.from_ppm(data)

    @staticmethod
    def from_ppm(data):
        fields = []
        pos = 0
        while len(fields) < 4:  # P6, width, height, maxval, separated by white space (no comments from import)
            while data[pos:pos + 1].isspace():
                pos += 1
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        if fields[0] != b"P6" or int(fields[3]) != 255:
            raise RuntimeError(f"import: not an 8-bit PPM ({fields})")
        width, height = int(fields[1]), int(fields[2])
        rgb = data[pos + 1:pos + 1 + width * height * 3]
        if len(rgb) != width * height * 3:
            raise RuntimeError("import: short PPM")
        return Shot(width, height, bytes(rgb))

    @staticmethod
    def take_xwd(env):
        data = subprocess.run(["xwd", "-root", "-silent"], env=env, check=True, capture_output=True, timeout=20).stdout
        fields = struct.unpack(">25I", data[:100])
        header_size, _, fmt, depth, width, height = fields[:6]
        byte_order, bpp, bytes_per_line = fields[7], fields[11], fields[12]
        ncolors = fields[19]
        # Xvfb's depth 24 is 24 bits a pixel, packed; rows padded to bytes_per_line.
        step = bpp // 8
        if fmt != 2 or step not in (3, 4) or bytes_per_line < width * step:
            raise RuntimeError(f"xwd: format {fmt} with {bpp} bits a pixel is not read here (depth {depth})")
        start = header_size + ncolors * 12
        rgb = bytearray(width * height * 3)
        for y in range(height):
            row = data[start + y * bytes_per_line: start + y * bytes_per_line + width * step]
            out = rgb[y * width * 3:(y + 1) * width * 3]
            if byte_order == 0:  # LSBFirst: B G R (X)
                out[0::3], out[1::3], out[2::3] = row[2::step], row[1::step], row[0::step]
            else:  # MSBFirst: (X) R G B
                o = step - 3
                out[0::3], out[1::3], out[2::3] = row[o::step], row[o + 1::step], row[o + 2::step]
            rgb[y * width * 3:(y + 1) * width * 3] = out
        return Shot(width, height, bytes(rgb))

    def pixel(self, x, y):
        i = (y * self.width + x) * 3
        return tuple(self.rgb[i:i + 3])

    def crop(self, x, y, w, h):
        x, y = max(0, x), max(0, y)
        w, h = min(w, self.width - x), min(h, self.height - y)
        rows = [self.rgb[((y + r) * self.width + x) * 3:((y + r) * self.width + x + w) * 3] for r in range(h)]
        return Shot(w, h, b"".join(rows))

    def scaled(self, k):
        """Nearest-neighbour enlargement: tesseract reads status-bar sized text far better at 3x."""
        rows = []
        for y in range(self.height):
            row = self.rgb[y * self.width * 3:(y + 1) * self.width * 3]
            wide = b"".join(row[i:i + 3] * k for i in range(0, len(row), 3))
            rows.extend([wide] * k)
        return Shot(self.width * k, self.height * k, b"".join(rows))

    def binarised(self, threshold=160):
        """Dark text on a light bar as black on white (red status text included), for OCR."""
        out = bytearray(len(self.rgb))
        for i in range(0, len(self.rgb), 3):
            lum = (self.rgb[i] * 3 + self.rgb[i + 1] * 6 + self.rgb[i + 2]) // 10
            v = 0 if lum < threshold else 255
            out[i] = out[i + 1] = out[i + 2] = v
        return Shot(self.width, self.height, bytes(out))

    def box_of(self, colour, tolerance=6, step=4):
        """Bounding box and count (sampled every `step` pixels) of pixels within `tolerance` of `colour`."""
        xs, ys, n = [], [], 0
        r0, g0, b0 = colour
        for y in range(0, self.height, step):
            base = y * self.width * 3
            for x in range(0, self.width, step):
                i = base + x * 3
                if abs(self.rgb[i] - r0) <= tolerance and abs(self.rgb[i + 1] - g0) <= tolerance and abs(self.rgb[i + 2] - b0) <= tolerance:
                    xs.append(x)
                    ys.append(y)
                    n += 1
        if n == 0:
            return None, 0
        return (min(xs), min(ys), max(xs) - min(xs) + step, max(ys) - min(ys) + step), n * step * step

    def save_png(self, path):
        raw = b"".join(b"\0" + self.rgb[y * self.width * 3:(y + 1) * self.width * 3] for y in range(self.height))

        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw, 3)) + chunk(b"IEND", b""))

    def save_jpeg(self, path, quality=88):
        # cjpeg (libjpeg-turbo-progs) reads a PPM on stdin.
        ppm = b"P6\n%d %d\n255\n" % (self.width, self.height) + self.rgb
        with open(path, "wb") as f:
            subprocess.run(["cjpeg", "-quality", str(quality), "-optimize"], input=ppm, stdout=f, check=True, timeout=30)


def hex_colour(text):
    text = text.lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))

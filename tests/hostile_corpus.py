"""Write a seeds folder full of hostile files, plus a few good articles.

The bytes are written programmatically, because git and editors "fix" exactly
the bytes we want to test (BOMs, CR line ends, NULs, invalid UTF-8...).

``write_hostile_corpus(dir)`` returns ``{file name: expectation}`` where the
expectation is one of:

* ``"ok"``: read as an article, with no warning;
* ``"ok: <text>"``: read as an article, with a warning containing ``<text>``;
* anything else: rejected, with a reason containing that text.

Every file is in the mapping: a folder's files under their paths ("k_folder.txt/inside.txt"),
and files that are listed but not read (hidden, README, other kinds) with their reason.

Run as ``python tests/hostile_corpus.py OUTDIR`` to get the folder on disk.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import sys
import zipfile
from pathlib import Path

# Read the corpus with this "today", so that the future date stays in the future.
TODAY_FOR_TESTS = dt.date(2025, 6, 1)

GOOD_1 = """date 2024-09-14 Leaders meet in the capital

Mr. Smith met Dr. Jones in the U.S. capital on Friday. They discussed trade, security and the weather.

“We will win. And soon,” the minister said. Officials declined to comment further.

Background to the talks

The two countries signed a treaty in 2019. It was extended last year by 3.5 years.
"""

GOOD_2 = """Markets steady after a volatile week
Shares closed higher on Friday after a week of sharp swings. Investors welcomed the central bank’s decision.
Analysts said the rally may not last. “It is too early to call the bottom,” one trader said.
What comes next
Traders now await the inflation figures due on Tuesday.
"""

GOOD_3 = """2023-03-01
Rain expected across the north

Forecasters expect heavy rain across the north on Thursday.
Flood warnings were issued for three river valleys.
"""

CYRILLIC = """Встреча в Пхеньяне

Секретарь Совета безопасности России Сергей Шойгу встретился с председателем КНДР Ким Чен Ыном.
Об этом сообщила пресс-служба Совбеза.

Встреча прошла в Пхеньяне, куда Шойгу прибыл 13 сентября. Переговоры прошли в доверительной обстановке.
"""

CJK = """平壤会谈

俄罗斯安全会议秘书绍伊古在平壤会见了朝鲜领导人金正恩。双方讨论了加强合作的问题！会谈气氛友好吗？是的。
"""

# Long enough for the encoding to be told apart from its neighbours.
CP1251 = """Шойгу встретился с Ким Чен Ыном

Секретарь Совета безопасности России Сергей Шойгу встретился с председателем КНДР
Ким Чен Ыном. Об этом сообщила пресс-служба Совбеза. Встреча прошла в Пхеньяне, куда
Шойгу прибыл 13 сентября.

Стороны обсудили укрепление сотрудничества в области безопасности. Переговоры прошли
в исключительно доверительной и дружественной обстановке.
"""

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", GOOD_2)
    return buffer.getvalue()


def _files() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, expectation) for every plain file of the corpus."""
    utf8 = GOOD_2.encode("utf-8")
    stray = bytearray(GOOD_1.encode("utf-8"))
    # Insert before a space, so no multi-byte character is cut: the rest stays valid.
    first = stray.index(b" ", 170)
    stray[first:first] = b"\xff"
    second = stray.index(b" ", 300)
    stray[second:second] = b"\xc3("  # a lead byte without its continuation
    hostile_controls = (
        "Control characters in the text\n\nThe \x1b[31mred\x1b[0m text rang a bell\x07 here. "
        "A right-to-left override \u202ehides\u202c words. A zero\u200bwidth space hid here too.\n"
    )
    return {
        "a_good_1.txt": (GOOD_1.encode("utf-8"), "ok"),
        "a_good_2.txt": (utf8, "ok"),
        "a_good_3.TXT": (GOOD_3.encode("utf-8"), "ok"),
        "b_empty.txt": (b"", "empty file"),
        "b_whitespace.txt": (" \n\t\u00a0\u3000\u2003\n\u2028\n".encode("utf-8"), "empty file"),
        "b_zero_width_only.txt": ("\u200b\u200b\ufeff\n".encode("utf-8"), "empty file"),
        "c_title_only.txt": (b"Just a title, nothing else\n\n\n", "title but no body text"),
        "c_date_only.txt": (b"date 2024-09-14\n", "date line but no title"),
        "d_image.txt": (PNG, "not text: PNG image"),
        "d_photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "not text: JPEG image"),
        "d_anim.txt": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "not text: GIF image"),
        "d_paper.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not text: PDF document"),
        "d_archive.txt": (_zip_bytes(), "not text: ZIP archive"),
        "d_gzip.txt": (gzip.compress(utf8, mtime=0), "not text: gzip archive"),
        "d_nul.txt": (b"Title\n\nSome text\x00with a NUL byte in it.\n", "not text: binary data"),
        "e_bom_crlf.txt": (b"\xef\xbb\xbf" + utf8.replace(b"\n", b"\r\n"), "ok"),
        "e_cr_only.txt": (utf8.replace(b"\n", b"\r"), "ok"),
        "e_utf16.txt": (b"\xff\xfe" + GOOD_2.encode("utf-16-le"), "ok: decoded as UTF-16"),
        "e_utf16be.txt": (b"\xfe\xff" + GOOD_2.encode("utf-16-be"), "ok: decoded as UTF-16"),
        "e_utf32.txt": (b"\xff\xfe\x00\x00" + GOOD_2.encode("utf-32-le"), "ok: decoded as UTF-32"),
        "e_windows1251.txt": (CP1251.encode("cp1251"), "ok: decoded as windows-1251"),
        "e_stray_bytes.txt": (bytes(stray), f"ok: invalid UTF-8 at bytes {first}, {second}"),
        "e_unknown_encoding.txt": (bytes(range(0x80, 0x100)) * 8, "not UTF-8 text (could not tell the encoding)"),
        "f_controls.txt": (hostile_controls.encode("utf-8"),
                           "ok: removed 2 terminal escape sequences, 1 control character, 2 bidi"),
        "g_impossible_date.txt": (b"2024-02-30\nA headline\n\nSome text follows here.\n",
                                  "ok: impossible date 2024-02-30"),
        "g_future_date.txt": (b"Date: 14 September 2031\nA headline\n\nSome text follows here.\n",
                              "ok: 14 September 2031 is in the future"),
        "h_cyrillic.txt": (CYRILLIC.encode("utf-8"), "ok"),
        "h_cjk.txt": (CJK.encode("utf-8"), "ok"),
        "i_long_line.txt": (("word " * (2 * 1024 * 1024 // 5)).encode("ascii"), "no sentence structure"),
        "i_long_body_line.txt": (b"A title\n" + b"x" * (2 * 1024 * 1024), "no sentence structure"),
        "z_duplicate.txt": (utf8, "duplicate of a_good_2.txt"),
        **_pages(),
    }


def write_hostile_corpus(dir: Path) -> dict[str, str]:  # noqa: A002 - the brief's name
    """Write the corpus into ``dir`` (created if needed); return the expectations."""
    dir.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for name, (data, expectation) in _files().items():
        (dir / name).write_bytes(data)
        expected[name] = expectation
    (dir / "notes.md").write_text("Not an article: ignored.\n", encoding="utf-8")
    expected["notes.md"] = "title but no body text"  # Markdown is read: one line is a title alone
    expected.update(_other_kinds(dir))
    expected.update(_special_files(dir))
    return expected


def _pages() -> dict[str, tuple[bytes, str]]:
    """Saved pages that are broken or built to cost: each read in bounded time, or refused with a reason."""
    para = "".join(f"<p>Paragraph {i} says the harbour reopened after the storm and the ships came back.</p>"
                   for i in range(12))
    utf8 = f"<html><head><meta charset='windows-1251'><title>Порт</title></head><body>{para}<p>Порт открыт.</p>"
    latin = f"<html><head><meta charset='utf-8'></head><body>{para}<p>Caf\xe9 owners said the port was busy.</p>"
    return {
        "p_deep.html": (("<html><body>" + "<div>" * 100_000 + para + "</div>" * 100_000).encode(),
                        "markup nested 201 levels deep"),
        "p_wide.html": (("<html><body>" + para + "<span>a</span>" * 300_000).encode(), "more than 40,000 elements"),
        "p_empty.html": (b"", "empty page"),
        "p_blank.html": (b"<html><head><script>alert(1)</script></head><body></body></html>",
                         "no article text found in the page"),
        "p_binary.html": (PNG, "not text: PNG image"),
        "p_one_line.html": (("<html><body><p>" + "word " * 600_000 + "</p>").encode(), "no sentence structure"),
        "p_declares_1251_is_utf8.html": (utf8.encode("utf-8"), "ok: the page declares windows-1251, but its bytes"),
        "p_declares_utf8_is_1252.html": (latin.encode("cp1252"), "ok: the page declares utf-8, but its bytes"),
        "p_nested_json.html": (("<html><head><script type='application/ld+json'>" + "[" * 100_000 + "]" * 100_000
                                + f"</script></head><body>{para}").encode(), "ok"),
    }


def _other_kinds(dir: Path) -> dict[str, str]:  # noqa: A002
    """Files that are not articles: listed by name with what they are, never read as text."""
    files = {"n_report.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "not read: PDF document"),
             "n_letter.docx": (_zip_bytes(), "not read: Word document"),
             "n_data.json": (b'{"title": "<script>alert(1)</script>"}', "not read: JSON data"),
             "n_photo.png": (PNG, "not read: image"),
             ".hidden.txt": (GOOD_3.encode("utf-8"), "hidden file, not read"),
             "README.txt": (b"About these files.\n", "README, not an article")}
    for name, (data, _) in files.items():
        (dir / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


def _special_files(dir: Path) -> dict[str, str]:  # noqa: A002
    """Symlinks, a folder, a FIFO and a sparse 50 MB file (replacing any left from a previous run)."""
    expected: dict[str, str] = {}
    for name in ("j_link_inside.txt", "j_link_outside.txt", "j_link_dangling.txt", "j_link_dir.txt",
                 "k_folder.txt", "k_pipe.txt"):
        _remove(dir / name)
    links = {"j_link_inside.txt": "a_good_1.txt", "j_link_outside.txt": "/etc/passwd",
             "j_link_dangling.txt": "no-such-file.txt", "j_link_dir.txt": "."}
    for name, target in links.items():
        os.symlink(target, dir / name)
        expected[name] = "symlink, not followed"
    (dir / "k_folder.txt").mkdir()  # a folder, whatever its name: read as one
    (dir / "k_folder.txt" / "inside.txt").write_text("Inside a folder\n\nThe folder's article was read.\n",
                                                     encoding="utf-8")
    expected["k_folder.txt/inside.txt"] = "ok"
    if hasattr(os, "mkfifo"):
        os.mkfifo(dir / "k_pipe.txt")
        expected["k_pipe.txt"] = "not a regular file"
    with open(dir / "l_huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk, must not be read
    expected["l_huge.txt"] = "too large: 50.0 MB (limit 5 MB)"
    with open(dir / "l_huge.html", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a 50 MB page: refused from its size, before any parsing
    expected["l_huge.html"] = "too large: 50.0 MB (limit 5 MB)"
    return expected


def _remove(path: Path) -> None:
    if path.is_symlink() or path.exists():
        if path.is_dir() and not path.is_symlink():
            for inner in path.iterdir():
                inner.unlink()
            path.rmdir()
        else:
            path.unlink()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/hostile_corpus.py OUTDIR", file=sys.stderr)
        return 2
    for name, expectation in sorted(write_hostile_corpus(Path(argv[1])).items()):
        print(f"{name!r}: {expectation}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

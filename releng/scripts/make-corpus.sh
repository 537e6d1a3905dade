#!/usr/bin/env bash
# Regenerates the extraction test corpus (bundles/mosaic.io.tests/corpus) from its hand-written
# sources: LibreOffice writes the Office and PDF files, poppler renders a page to images, img2pdf
# wraps an image as a scanned PDF, Python's e-mail library writes the messages, zip the archive.
# The outputs are committed, so tests never need these programs; run this only to change the corpus.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus="$root/bundles/mosaic.io.tests/corpus"
src="$corpus/sources"
out="$corpus/files"
for tool in soffice pdftoppm img2pdf zip python3 qpdf; do
  command -v "$tool" >/dev/null || { echo "make-corpus: needs $tool (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils img2pdf zip qpdf)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$out"
mkdir -p "$out"
lo() { # FORMAT SOURCE
  soffice -env:UserInstallation=file://"$tmp/profile" --headless --convert-to "$1" --outdir "$tmp" "$2" >/dev/null 2>&1
}
lo 'docx:MS Word 2007 XML' "$src/weekly-assessment.fodt"
lo 'doc:MS Word 97' "$src/weekly-assessment.fodt"
lo odt "$src/weekly-assessment.fodt"
lo rtf "$src/weekly-assessment.fodt"
lo pdf "$src/weekly-assessment.fodt"
lo pdf "$src/arabic-note.fodt"
lo 'docx:MS Word 2007 XML' "$src/arabic-note.fodt"
lo xlsx "$src/incident-matrix.fods"
lo xls "$src/incident-matrix.fods"
lo pptx "$src/briefing.fodp"
cp "$tmp"/weekly-assessment.{docx,doc,odt,rtf,pdf} "$tmp"/arabic-note.{pdf,docx} "$tmp"/incident-matrix.{xlsx,xls} "$tmp"/briefing.pptx "$out/"
# A scan: the assessment's first page rendered at 150 dpi in grey, as a fax or a scanner makes it,
# then wrapped as an image-only PDF; the same page as PNG, JPEG and TIFF.
pdftoppm -r 150 -gray -f 1 -l 1 -png "$tmp/weekly-assessment.pdf" "$tmp/scan"
mv "$tmp"/scan-1.png "$out/scanned-page.png"
pdftoppm -r 150 -gray -f 1 -l 1 -jpeg "$tmp/weekly-assessment.pdf" "$tmp/scan"
mv "$tmp"/scan-1.jpg "$out/scanned-page.jpg"
pdftoppm -r 150 -gray -f 1 -l 1 -tiff -tiffcompression lzw "$tmp/weekly-assessment.pdf" "$tmp/scan"
mv "$tmp"/scan-1.tif "$out/scanned-page.tif"
img2pdf --output "$out/scanned-letter.pdf" "$out/scanned-page.png"
# A PDF that needs a password to open (AES-256; user password kestrel-41), as qpdf encrypts it.
qpdf --encrypt kestrel-41 owner-pass-7 256 -- "$out/weekly-assessment.pdf" "$out/password-protected.pdf"
# E-mails: a code cable with a Word attachment and a forwarded message nested in it.
python3 "$src/mails.py" "$out" "$out/weekly-assessment.docx" "$out/scanned-page.png"
# A zip of documents, as archives arrive.
(cd "$out" && zip -q -X archive.zip weekly-assessment.odt incident-matrix.xlsx)
# Files that lie about what they are.
printf 'PK\003\004 this is not a zip archive at all, only its first bytes' > "$out/not-a-zip.docx"
echo "make-corpus: wrote $(ls "$out" | wc -l) files to $out"

package mosaic.io.extract.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * A small reader of Rich Text Format: the text of the body, a paragraph a passage, and of the headers and
 * footers, footnotes, comments (annotations) and text boxes (shape text) as passages of their kinds, following the
 * paragraph that holds them; fields give their shown result, never their code. Unicode ({@code \\uN}) and code page
 * bytes ({@code \\'hh}, in the document's or the font's code page) are decoded. Font, colour and style tables,
 * pictures, objects' data and every other optional ({@code \\*}) destination are skipped. Tracked changes: text
 * marked {@code \\deleted} is left out, insertions kept (see {@link DocxReader}).
 */
final class RtfReader {

    /** Destinations whose text is no document text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "pict", "themedata",
            "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator",
            "xmlnstbl", "fldinst", "bkmkstart", "bkmkend", "sp", "sn", "sv", "nonshppict", "pgdsctbl", "revtbl",
            "atnid", "atnauthor", "atndate", "atnref", "falt", "filetbl", "listtext", "pntext", "pntxta", "pntxtb",
            "template", "userprops", "docvar", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "objdata", "objclass",
            "xe", "tc", "operator", "company", "keywords", "subject", "doccomm", "comment", "hlinkbase", "manager",
            "category", "creatim", "revtim", "printim", "buptim", "mmathPr", "passwordhash", "protusertbl", "wgrffmtfilter",
            "fchars", "lchars", "shprslt", "fontemb", "fontfile", "file", "private");
    /** Optional ({@code \*}) destinations that do hold document text. */
    private static final Set<String> KEPT_OPTIONAL = Set.of("footnote", "annotation", "shpinst", "shptxt", "fldrslt",
            "shp");

    private RtfReader() {
    }

    /** The parser's state in one group. */
    private static final class State {
        boolean skip;
        boolean deleted;
        int uc = 1;
        String kind;
        StringBuilder target;
        boolean owner;
        Charset charset;
        String info;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.deleted = deleted;
            s.uc = uc;
            s.kind = kind;
            s.target = target;
            s.charset = charset;
            s.info = info;
            return s;
        }
    }

    static Extracted read(String name, byte[] bytes) throws ExtractionException {
        try {
            return new RtfReader.Parser(new String(bytes, StandardCharsets.ISO_8859_1)).parse(name);
        } catch (RuntimeException e) {
            throw new ExtractionException(name, "corrupt RTF (" + e.getMessage() + ")", e);
        }
    }

    private static final class Parser {
        private final String in;
        private int pos;
        private final Deque<State> stack = new ArrayDeque<>();
        private State state = new State();
        private final StringBuilder body = new StringBuilder();
        private final List<Passage> passages = new ArrayList<>();
        private final List<String[]> pending = new ArrayList<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Map<Integer, Charset> fonts = new HashMap<>();
        private final Map<String, String> info = new HashMap<>();
        private final int[] created = new int[5];
        private Charset ansi = Charset.forName("windows-1252");
        private int font = -1;
        private boolean groupStart;
        private boolean optional;
        private int skipChars;

        Parser(String in) {
            this.in = in;
            state.kind = Passage.PARAGRAPH;
            state.target = body;
        }

        Extracted parse(String name) {
            int depth = 0;
            while (pos < in.length()) {
                char c = in.charAt(pos++);
                if (c != '\\' || pos >= in.length() || in.charAt(pos) != '\'') {
                    flushBytes();
                }
                switch (c) {
                case '{' -> {
                    if (++depth > 10_000) {
                        throw new IllegalStateException("groups nested more than 10000 deep");
                    }
                    stack.push(state);
                    state = state.copy();
                    groupStart = true;
                    optional = false;
                    continue;
                }
                case '}' -> {
                    depth--;
                    close();
                }
                case '\\' -> control();
                case '\r', '\n' -> {
                    // line breaks in the file are no text
                }
                default -> text(String.valueOf(c));
                }
                if (c != '\\') {
                    groupStart = false;
                }
            }
            flushBytes();
            endParagraph();
            for (String[] p : pending) {
                emit(p[0], p[1]);
            }
            String classification = Classification.fromBanner(passages);
            DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(info.get("title")),
                    PdfReader.blankToNull(info.get("author")), createdInstant(), classification);
            return new Extracted(name, MediaType.RTF, passages, metadata, List.of(), List.of());
        }

        private java.time.Instant createdInstant() {
            if (created[0] <= 0 || created[1] <= 0 || created[2] <= 0) {
                return null;
            }
            try {
                return LocalDateTime.of(created[0], created[1], created[2], created[3], created[4]).toInstant(ZoneOffset.UTC);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        private void close() {
            State closed = state;
            state = stack.isEmpty() ? closed : stack.pop();
            if (closed.owner && closed.target != state.target) {
                for (String line : closed.target.toString().split("\n")) {
                    if (!line.isBlank()) {
                        if (body.toString().isBlank()) {
                            emit(closed.kind, line);
                        } else {
                            pending.add(new String[] { closed.kind, line });
                        }
                    }
                }
            }
            groupStart = false;
        }

        private void control() {
            if (pos >= in.length()) {
                return;
            }
            char c = in.charAt(pos);
            if (!Character.isLetter(c)) {
                pos++;
                boolean wasStart = groupStart;
                groupStart = false;
                switch (c) {
                case '\\', '{', '}' -> text(String.valueOf(c));
                case '~' -> text("\u00A0");
                case '_' -> text("-");
                case '\'' -> hexByte();
                case '*' -> {
                    optional = true;
                    groupStart = wasStart;
                }
                case '\r', '\n' -> paragraph();
                case '|', '-', ':' -> {
                    // formula character, optional hyphen, index subentry: no text
                }
                default -> {
                    // unknown symbol
                }
                }
                return;
            }
            int start = pos;
            while (pos < in.length() && Character.isLetter(in.charAt(pos)) && pos - start < 32) {
                pos++;
            }
            String word = in.substring(start, pos);
            Integer param = null;
            int numberStart = pos;
            if (pos < in.length() && (in.charAt(pos) == '-' || Character.isDigit(in.charAt(pos)))) {
                pos++;
                while (pos < in.length() && Character.isDigit(in.charAt(pos)) && pos - numberStart < 11) {
                    pos++;
                }
                try {
                    param = Integer.parseInt(in.substring(numberStart, pos));
                } catch (NumberFormatException e) {
                    param = null;
                }
            }
            if (pos < in.length() && in.charAt(pos) == ' ') {
                pos++;
            }
            boolean destination = groupStart;
            boolean wasOptional = optional;
            groupStart = false;
            optional = false;
            if (destination) {
                if (SKIPPED.contains(word) && !word.equals("fonttbl") || wasOptional && !KEPT_OPTIONAL.contains(word)) {
                    state.skip = true;
                }
                if (word.equals("fonttbl")) {
                    state.skip = true;
                    state.info = "fonttbl";
                }
            }
            word(word, param, destination);
        }

        private void word(String word, Integer param, boolean destination) {
            switch (word) {
            case "par", "sect", "page", "row" -> paragraph();
            case "line" -> text("\u2028");
            case "tab" -> text("\t");
            case "cell", "nestcell" -> text("\t");
            case "emdash" -> text("\u2014");
            case "endash" -> text("\u2013");
            case "bullet" -> text("\u2022");
            case "lquote" -> text("\u2018");
            case "rquote" -> text("\u2019");
            case "ldblquote" -> text("\u201C");
            case "rdblquote" -> text("\u201D");
            case "emspace", "enspace", "qmspace" -> text(" ");
            case "uc" -> state.uc = param == null ? 1 : Math.max(0, param);
            case "u" -> {
                if (param != null) {
                    int cp = param < 0 ? param + 65536 : param;
                    unicode((char) cp);
                    skipChars = state.uc;
                }
            }
            case "ansicpg" -> {
                Charset cs = codePage(param);
                if (cs != null) {
                    ansi = cs;
                }
            }
            case "f" -> {
                if (param != null) {
                    if ("fonttbl".equals(state.info)) {
                        font = param;
                    } else {
                        state.charset = fonts.get(param);
                    }
                }
            }
            case "fcharset" -> {
                if ("fonttbl".equals(state.info) && param != null && font >= 0) {
                    Charset cs = fontCharset(param);
                    if (cs != null) {
                        fonts.put(font, cs);
                    }
                }
            }
            case "deleted" -> state.deleted = param == null || param != 0;
            case "bin" -> pos = Math.min(in.length(), pos + Math.max(0, param == null ? 0 : param));
            case "header", "headerl", "headerr", "headerf" -> own(Passage.HEADER, destination);
            case "footer", "footerl", "footerr", "footerf" -> own(Passage.FOOTER, destination);
            case "footnote" -> own(Passage.FOOTNOTE, destination);
            case "annotation" -> own(Passage.COMMENT, destination);
            case "shptxt" -> own(Passage.TEXTBOX, destination);
            case "title", "author" -> {
                if (destination) {
                    state.skip = false;
                    state.target = new StringBuilder();
                    state.info = word;
                    state.owner = false;
                }
            }
            case "info" -> state.skip = true;
            case "yr", "mo", "dy", "hr", "min" -> {
                if (inCreatim() && param != null) {
                    created[List.of("yr", "mo", "dy", "hr", "min").indexOf(word)] = param;
                }
            }
            case "creatim" -> state.info = "creatim";
            default -> {
                // formatting
            }
            }
        }

        private boolean inCreatim() {
            return "creatim".equals(state.info);
        }

        private void own(String kind, boolean destination) {
            if (destination) {
                state.kind = kind;
                state.target = new StringBuilder();
                state.owner = true;
            }
        }

        private void paragraph() {
            if (state.skip || state.deleted && state.target != body) {
                return;
            }
            if (state.target == body) {
                endParagraph();
            } else {
                state.target.append('\n');
            }
        }

        private void endParagraph() {
            emit(Passage.PARAGRAPH, body.toString());
            body.setLength(0);
            for (String[] p : pending) {
                emit(p[0], p[1]);
            }
            pending.clear();
        }

        private void emit(String kind, String text) {
            String s = text.replace('\u2028', '\n').strip();
            if (!s.isEmpty()) {
                passages.add(new Passage(passages.size() + 1, kind, s));
            }
        }

        private void hexByte() {
            if (pos + 2 > in.length()) {
                pos = in.length();
                return;
            }
            int b = Integer.parseInt(in.substring(pos, pos + 2), 16) & 0xff;
            pos += 2;
            if (skipChars > 0) {
                skipChars--;
                return;
            }
            if (!state.skip && !state.deleted) {
                bytes.write(b);
            }
        }

        private void flushBytes() {
            if (bytes.size() > 0) {
                Charset cs = state.charset != null ? state.charset : ansi;
                append(new String(bytes.toByteArray(), cs));
                bytes.reset();
            }
        }

        private void unicode(char c) {
            flushBytes();
            if (!state.skip && !state.deleted) {
                append(String.valueOf(c));
            }
        }

        private void text(String s) {
            if (skipChars > 0) {
                skipChars--;
                return;
            }
            if (!state.skip && !state.deleted) {
                append(s);
            }
        }

        private void append(String s) {
            if (state.info != null && (state.info.equals("title") || state.info.equals("author"))) {
                info.merge(state.info, s, String::concat);
            } else {
                state.target.append(s);
            }
        }
    }

    private static Charset codePage(Integer page) {
        if (page == null) {
            return null;
        }
        String name = switch (page) {
        case 437 -> "IBM437";
        case 850 -> "IBM850";
        case 932 -> "Shift_JIS";
        case 936 -> "GBK";
        case 949 -> "x-windows-949";
        case 950 -> "Big5";
        case 10000 -> "x-MacRoman";
        case 65001 -> "UTF-8";
        default -> "windows-" + page;
        };
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Charset fontCharset(int charset) {
        Integer page = switch (charset) {
        case 128 -> 932;
        case 129 -> 949;
        case 134 -> 936;
        case 136 -> 950;
        case 161 -> 1253;
        case 162 -> 1254;
        case 163 -> 1258;
        case 177 -> 1255;
        case 178 -> 1256;
        case 186 -> 1257;
        case 204 -> 1251;
        case 222 -> 874;
        case 238 -> 1250;
        default -> null;
        };
        return codePage(page);
    }
}

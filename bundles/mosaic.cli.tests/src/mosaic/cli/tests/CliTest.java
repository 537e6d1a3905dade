package mosaic.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.cli.internal.Cli;
import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.model.MissionConfiguration;
import mosaic.model.config.MissionRules;

/** Runs the dispatcher with the commands really registered by Declarative Services. */
class CliTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<Command> extra, String... args) throws Exception {
        List<Command> commands = new ArrayList<>(registered());
        commands.addAll(extra);
        return Cli.run(List.of(args), commands, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) throws Exception {
        return run(List.of(), args);
    }

    private static Collection<Command> registered() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
        List<Command> commands = new ArrayList<>();
        for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
            commands.add(context.getService(ref));
        }
        return commands;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err().lines().toList();
    }

    @Test
    void helpListsEveryRegisteredCommand() throws Exception {
        assertEquals(0, run("help"));
        for (String name : List.of("help", "version", "info")) {
            assertTrue(out().lines().anyMatch(l -> l.trim().startsWith(name + " ") || l.trim().equals(name)),
                    name + " listed in:\n" + out());
        }
        assertEquals("", err());
    }

    @Test
    void helpForOneCommandShowsItsUsage() throws Exception {
        assertEquals(0, run("help", "info"));
        assertTrue(out().startsWith("usage: mosaic info --workspace DIR [--json]"), out());
    }

    @Test
    void versionPrintsMosaicAndTheRuntime() throws Exception {
        assertEquals(0, run("version"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).matches("Mosaic\\s+0\\.1\\.0.*"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("Equinox OSGi\\s+3\\.\\d+.*")), out());
        assertTrue(lines.get(lines.size() - 1).startsWith("Java runtime"), out());
    }

    @Test
    void versionJsonIsOneObject() throws Exception {
        assertEquals(0, run("version", "--json"));
        String json = out().trim();
        assertTrue(json.startsWith("{\"mosaic\":\"0.1.0"), json);
        assertTrue(json.contains("{\"name\":\"Java runtime\",\"version\":\"" + Runtime.version() + "\",\"bundle\":null}"), json);
        assertEquals(1, out().lines().count());
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() throws Exception {
        assertEquals(2, run("frobnicate"));
        assertEquals(List.of("mosaic: unknown command 'frobnicate' (mosaic help lists the commands)"), errLines());
        assertEquals("", out());
    }

    @Test
    void noCommandIsAUsageError() throws Exception {
        assertEquals(2, run());
        assertEquals(1, errLines().size());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        assertEquals(2, run("version", "--jsn"));
        assertEquals(List.of("mosaic: version: unknown option --jsn (usage: mosaic version [--json])"), errLines());
    }

    @Test
    void missingWorkspaceFolderFailsWithOneLineNamingIt() throws Exception {
        Path missing = tmp.resolve("gone");
        assertEquals(1, run("info", "--workspace", missing.toString()));
        assertEquals(List.of("mosaic: info: workspace folder does not exist: " + missing), errLines());
    }

    @Test
    void workspacePathThatIsAFileFails() throws Exception {
        Path file = Files.writeString(tmp.resolve("ws.txt"), "x");
        assertEquals(1, run("info", "--workspace=" + file));
        assertEquals(List.of("mosaic: info: workspace path is a file, not a folder: " + file), errLines());
    }

    @Test
    void infoWithoutWorkspaceIsAUsageError() throws Exception {
        assertEquals(2, run("info"));
        assertTrue(err().startsWith("mosaic: info: --workspace is required"), err());
    }

    @Test
    void infoCountsObjectsByKind() throws Exception {
        Files.createDirectories(tmp.resolve("actors"));
        Files.writeString(tmp.resolve("actors/a.xmi"), "");
        Files.createDirectories(tmp.resolve("events"));
        assertEquals(0, run("info", "--workspace", tmp.toString(), "--json"));
        assertEquals("{\"workspace\":\"" + tmp.toRealPath() + "\",\"objects\":1,\"kinds\":{\"actors\":1,\"events\":0}}",
                out().trim());
    }

    @Test
    void initWritesTheDefaultMission() throws Exception {
        Path ws = tmp.resolve("new-ws");
        assertEquals(0, run("init", "--workspace", ws.toString()));
        assertEquals("", err());
        String xmi = Files.readString(ws.resolve(Workspace.MISSION_FILE));
        assertTrue(xmi.contains("mission=\"Mission\""), xmi);
        assertTrue(!xmi.contains("MINUCAR") && !xmi.contains("Carana"), xmi);
        MissionConfiguration configuration = Workspace.open(ws, null).configuration();
        assertEquals(MissionRules.loadDefault().getMission(), configuration.getMission());
        assertEquals(MissionRules.loadDefault().getCountry(), configuration.getCountry());
    }

    @Test
    void initNameAndCountrySetTheMissionsNameAndCountry() throws Exception {
        Path ws = tmp.resolve("named");
        assertEquals(0, run("init", "--workspace", ws.toString(), "--name", "MINUSCA - Sector East", "--country", "Central African Republic"));
        MissionConfiguration configuration = Workspace.open(ws, null).configuration();
        assertEquals("MINUSCA - Sector East", configuration.getMission());
        assertEquals("Central African Republic", configuration.getCountry());
        assertEquals(MissionRules.loadDefault().getTaxonomies().size(), configuration.getTaxonomies().size(), "the default taxonomies");
    }

    @Test
    void initUnknownMissionFailsOnOneLineAndCreatesNothing() throws Exception {
        Path ws = tmp.resolve("nope");
        assertEquals(1, run("init", "--workspace", ws.toString(), "--mission", "nope"));
        // No mission plug-in is installed in this test runtime (mosaic.mission.carana.tests checks the list).
        assertEquals(List.of("mosaic: init: " + MissionConfigurations.unknownMission("nope")), errLines());
        assertTrue(errLines().get(0).startsWith("mosaic: init: unknown mission 'nope'; "), err());
        assertEquals("", out());
        assertTrue(!Files.exists(ws), "nothing created");
    }

    @Test
    void helpForInitShowsTheMissionOptions() throws Exception {
        assertEquals(0, run("help", "init"));
        assertTrue(out().startsWith("usage: mosaic init --workspace DIR [--mission NAME] [--name \"MISSION NAME\"] [--country COUNTRY]"), out());
    }

    @Test
    void failureIsOneLineWithoutStackTraceUnlessDebug() throws Exception {
        Command broken = new Fixed("broken", () -> {
            throw new IllegalStateException("index is locked by another process");
        });
        assertEquals(1, run(List.of(broken), "broken"));
        assertEquals(List.of("mosaic: broken: index is locked by another process"), errLines());

        err.reset();
        assertEquals(1, run(List.of(broken), "broken", "--debug"));
        assertTrue(errLines().size() > 2, "stack trace with --debug");
        assertTrue(err().contains("at mosaic.cli.tests.CliTest"), err());
    }

    @Test
    void failureWithoutMessageStillSaysWhat() throws Exception {
        Command npe = new Fixed("npe", () -> {
            throw new NullPointerException();
        });
        assertEquals(1, run(List.of(npe), "npe"));
        assertEquals(List.of("mosaic: npe: NullPointerException (run again with --debug for details)"), errLines());
    }

    @Test
    void commandStatusIsPassedOn() throws Exception {
        assertEquals(0, run(List.of(new Fixed("ok", () -> { })), "ok"));
        assertEquals(2, run(List.of(new Fixed("bad", () -> {
            throw new UsageException("bad: give a FILE");
        })), "bad"));
        assertTrue(err().startsWith("mosaic: bad: give a FILE (usage: mosaic bad)"), err());
    }

    /** A command whose body is given, for the failure paths no built-in command has. */
    private record Fixed(String name, Body body) implements Command {
        interface Body {
            void run() throws Exception;
        }

        @Override
        public String synopsis() {
            return "";
        }

        @Override
        public String description() {
            return "test command";
        }

        @Override
        public int run(CommandContext context) throws Exception {
            body.run();
            return OK;
        }
    }
}

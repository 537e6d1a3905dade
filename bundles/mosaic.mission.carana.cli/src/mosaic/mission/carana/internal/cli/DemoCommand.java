package mosaic.mission.carana.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.mission.carana.CaranaGenerator;

/** {@code demo carana --output DIR [--seed N]}: writes the fictional Carana demo workspace. */
public final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "carana --output DIR [--seed N]";
    }

    @Override
    public String description() {
        return "generate the fictional Carana demo workspace (same seed, same files)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> positionals = context.checkOptions(List.of(), List.of("output", "seed"));
        if (positionals.size() != 1 || !positionals.get(0).equals("carana")) {
            throw new UsageException("demo: say which demo: demo carana --output DIR [--seed N]");
        }
        Path output = Path.of(context.requiredOption("output")).toAbsolutePath().normalize();
        long seed;
        try {
            seed = Long.parseLong(context.option("seed").orElse(Long.toString(CaranaGenerator.DEFAULT_SEED)));
        } catch (NumberFormatException e) {
            throw new UsageException("demo: --seed must be a whole number");
        }
        if (Files.exists(output)) {
            try (var entries = Files.list(output)) {
                if (!Files.isDirectory(output) || entries.findAny().isPresent()) {
                    throw new UsageException("demo: " + output + " must be missing or an empty folder");
                }
            }
        }
        Map<String, Integer> counts = CaranaGenerator.generateAndCount(output, seed);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder("carana demo (seed ").append(seed).append("): ").append(total)
            .append(" objects in ").append(output).append(" (");
        String sep = "";
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            line.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        context.out().println(line.append(')'));
        return OK;
    }
}

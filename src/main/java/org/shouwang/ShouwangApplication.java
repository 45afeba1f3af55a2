package org.shouwang;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Shouwang (守望): duty rosters for residential communities in an emergency.
 * {@code solve} as the first argument runs the command-line solver, {@code benchmark} the solver benchmark,
 * {@code load} the load benchmark against a running app, and {@code durability} the kill-and-restart
 * benchmark, which starts the app itself ({@code BENCHMARKS.md}), all without starting Spring.
 */
@SpringBootApplication
@Push
@Theme("shouwang")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class ShouwangApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && "solve".equals(args[0])) {
            System.exit(org.shouwang.exchange.SolveCommand.run(args));
        }
        if (args.length > 0 && "benchmark".equals(args[0])) {
            System.exit(org.shouwang.solver.bench.BenchmarkCommand.run(args));
        }
        if (args.length > 0 && "load".equals(args[0])) {
            System.exit(org.shouwang.load.LoadCommand.run(args));
        }
        if (args.length > 0 && "durability".equals(args[0])) {
            System.exit(org.shouwang.durability.DurabilityCommand.run(args));
        }
        SpringApplication.run(ShouwangApplication.class, args);
    }

    /**
     * The one source of "now": tests and demos set it, logic never calls {@code now()} itself. Its zone
     * is the communities' ({@code shouwang.time-zone}): the app's times are their local times, whatever
     * zone the server runs in.
     */
    @Bean
    Clock clock(@Value("${shouwang.time-zone:}") String timeZone) {
        return timeZone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(timeZone));
    }
}

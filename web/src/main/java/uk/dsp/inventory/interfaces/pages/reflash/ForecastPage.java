package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.ReflashLedger;

/** A party's forecast of the CHs it will ask to have re-flashed in each of the next six months (MP155-D-001). */
@Named
@RequestScoped
public class ForecastPage {

    /** One month's input: the volume given before, until the person types another. */
    public static class MonthVolume {

        private final YearMonth month;
        private Integer volume;

        MonthVolume(YearMonth month, Integer volume) {
            this.month = month;
            this.volume = volume;
        }

        public YearMonth getMonth() {
            return month;
        }

        public Integer getVolume() {
            return volume;
        }

        public void setVolume(Integer volume) {
            this.volume = volume;
        }
    }

    @EJB
    ReflashLedger ledger;

    @Inject
    SignedInUser user;

    private List<ReflashLedger.Forecast> forecasts;
    private List<MonthVolume> months;

    /** Reads the forecasts before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getForecasts();
    }

    /** Forecasts beside the CHs asked for, from six months back to six ahead. */
    public List<ReflashLedger.Forecast> getForecasts() {
        if (forecasts == null) {
            forecasts = RefusalMessages.read(() -> ledger.forecasts(user.member(), null), List.of());
        }
        return forecasts;
    }

    /** The six months from next month (UK), as the facade counts them. */
    public List<MonthVolume> getMonths() {
        if (months == null) {
            Map<YearMonth, Integer> given = new LinkedHashMap<>();
            getForecasts().forEach(f -> given.put(f.month(), f.forecast()));
            YearMonth next = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(1);
            months = new ArrayList<>();
            for (int i = 0; i < ReflashLedger.FORECAST_MONTHS; i++) {
                months.add(new MonthVolume(next.plusMonths(i), given.get(next.plusMonths(i))));
            }
        }
        return months;
    }

    /** The months given a volume; one left empty keeps what it had. */
    public String save() {
        Map<YearMonth, Integer> volumes = new LinkedHashMap<>();
        getMonths().stream().filter(m -> m.volume != null).forEach(m -> volumes.put(m.month, m.volume));
        return RefusalMessages.step(
                () -> {
                    ledger.forecast(user.member(), volumes);
                    return "Forecast saved for " + volumes.size() + " months.";
                },
                "/ssi/reflash-forecast.xhtml");
    }
}

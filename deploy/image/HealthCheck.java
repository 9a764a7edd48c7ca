import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check (the image has no shell and no curl): exits 0 when the address answers 200 with
 * "UP", else 1. Compiled into the base image by deploy/base-image.sh; compose.yaml runs it.
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) {
        String address = args.length > 0 ? args[0] : "http://localhost:8080/actuator/health";
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
            boolean up = answer.statusCode() == 200 && answer.body().contains("\"UP\"");
            System.out.println(answer.statusCode() + " " + answer.body());
            System.exit(up ? 0 : 1);
        } catch (Exception unreachable) {
            System.out.println("unreachable: " + unreachable);
            System.exit(1);
        }
    }
}
